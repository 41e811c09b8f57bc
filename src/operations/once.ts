import type { ZObject } from 'zapier-platform-core';
import { connectionCache, hashedKey } from '../auth/connectionCache';

/**
 * Some events arrive more than once: SMS gateways deliver at least once, and a Zap can run
 * twice for one SMS. A create marked `once` runs a single time per event for `days` days: the
 * first run claims the event's key in the connection's shared cache (`nx`), and keeps its result
 * there; a repeat returns that result instead of creating a second record. A run that fails
 * releases the key, so a retry can still create it.
 */
const CLAIM_SECONDS = 120;
const WAIT_MS = 20_000;
const POLL_MS = 250;

type Row = Record<string, unknown>;
type Held = { pending: true } | { result: Row };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const runOnce = async (z: ZObject, event: string, days: number, create: () => Promise<Row>): Promise<Row> => {
  const cache = connectionCache(z);
  const key = hashedKey('ghl-once', event);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (await cache.claim(key, { pending: true } satisfies Held, CLAIM_SECONDS)) {
      try {
        const result = await create();
        await cache.set(key, { result } satisfies Held, days * 24 * 60 * 60);
        return result;
      } catch (error) {
        await cache.delete(key);
        throw error;
      }
    }
    const held = await cache.get<Held>(key);
    if (held && 'result' in held) return held.result;
    if (Date.now() > deadline)
      throw new z.errors.ThrottledError(
        'The same event is being handled by another run of this Zap: Zapier will try again shortly.',
        10,
      );
    await sleep(POLL_MS);
  }
};
