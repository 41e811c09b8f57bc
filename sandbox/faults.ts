import type { IncomingMessage, ServerResponse } from 'node:http';
import { send } from './http';
import type { Json } from './store';

interface Fault {
  status?: number;
  delayMs?: number;
  drop?: boolean;
  /** With `drop`: carry the request out, then drop the connection before answering. */
  afterHandling?: boolean;
  remaining: number;
}

/** Faults a test asks for (`POST /__sandbox/faults`): the next `count` requests fail as told. */
export const faultInjector = () => {
  let fault: Fault | undefined;
  return {
    set(body: Json) {
      fault = {
        status: body.status as number,
        delayMs: body.delayMs as number,
        drop: body.drop === true,
        afterHandling: body.afterHandling === true,
        remaining: Number(body.count ?? 1),
      };
    },
    /** 'answered' when the fault answered (or dropped) the request; 'dropReply' to handle it, then drop. */
    async apply(req: IncomingMessage, res: ServerResponse): Promise<'answered' | 'dropReply' | 'none'> {
      if (!fault || fault.remaining <= 0) return 'none';
      fault.remaining -= 1;
      const current = fault;
      if (current.delayMs) await new Promise((r) => setTimeout(r, current.delayMs));
      if (current.drop && current.afterHandling) return 'dropReply';
      if (current.drop) {
        req.socket.destroy();
        return 'answered';
      }
      if (current.status) {
        send(res, current.status, { statusCode: current.status, message: 'Injected fault' });
        return 'answered';
      }
      return 'none';
    },
  };
};
export type FaultInjector = ReturnType<typeof faultInjector>;
