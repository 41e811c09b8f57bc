import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RELAY_DELIVERY_HEADER } from '../src/relay/protocol';

export interface HookCall {
  /** The path after the host: which Zap's hook URL was called. */
  path: string;
  deliveryId: string;
  body: Record<string, unknown>;
}

/**
 * A stand-in for Zapier's hook host (hooks.zapier.com) on loopback: it records what each hook URL
 * receives and answers what the test says (200 by default; 503 while "down"; 410 for a Zap that
 * was turned off).
 */
export const startHookStandIn = async () => {
  const calls: HookCall[] = [];
  const answers = new Map<string, number>();
  const delays = new Map<string, number>();
  let defaultStatus = 200;
  const waiters: Array<() => void> = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = req.url ?? '/';
    const delay = delays.get(path);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const status = answers.get(path) ?? defaultStatus;
    if (status < 300) {
      calls.push({
        path,
        deliveryId: String(req.headers[RELAY_DELIVERY_HEADER] ?? ''),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      });
      waiters.splice(0).forEach((wake) => wake());
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: status < 300 ? 'success' : 'error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    /** A hook URL of its own for one Zap. */
    hookUrl: (zap: string) => `${url}/hooks/standard/1234567/${zap}/`,
    calls,
    callsTo: (zap: string) => calls.filter((c) => c.path.includes(`/${zap}/`)),
    /** Every hook answers this from now on (503: Zapier's side is down). */
    answerAll: (status: number) => void (defaultStatus = status),
    answer: (hookUrl: string, status: number) => void answers.set(new URL(hookUrl).pathname, status),
    /** This hook takes `ms` to answer (a slow Zap). */
    slow: (hookUrl: string, ms: number) => void delays.set(new URL(hookUrl).pathname, ms),
    /** Resolves once `count` deliveries arrived, or rejects after `ms`. */
    waitFor: async (count: number, ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (calls.length < count) {
        if (Date.now() > deadline) throw new Error(`Only ${calls.length} of ${count} hook calls arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return calls;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
export type HookStandIn = Awaited<ReturnType<typeof startHookStandIn>>;
