import { createHash } from 'node:crypto';
import type { ZObject } from 'zapier-platform-core';

/**
 * Zapier's shared store for one connection: `z.cache` with scope `['auth']` is shared by every
 * process that runs this connection's steps, and `nx` makes a set succeed only when the key is
 * absent (a lock). Core's runtime passes the scope on for get and delete too, although its type
 * declarations name only the key.
 */
const SCOPE = ['auth'];

type ScopedCache = {
  get: (key: string, scope: string[]) => Promise<unknown>;
  set: (key: string, value: unknown, ttl: number | null, scope: string[], nx?: boolean) => Promise<boolean>;
  delete: (key: string, scope: string[]) => Promise<boolean>;
};

export const connectionCache = (z: ZObject) => {
  const cache = z.cache as unknown as ScopedCache;
  return {
    get: <T>(key: string) => cache.get(key, SCOPE) as Promise<T | null>,
    set: (key: string, value: unknown, ttlSeconds: number) => cache.set(key, value, ttlSeconds, SCOPE),
    /** Sets only if absent: true when this run now holds the key. */
    claim: async (key: string, value: unknown, ttlSeconds: number) =>
      Boolean(await cache.set(key, value, ttlSeconds, SCOPE, true)),
    delete: (key: string) => cache.delete(key, SCOPE),
  };
};

/** A cache key for a value that should not itself be a key (a token, a message, a list's filters): its hash. */
export const hashedKey = (prefix: string, value: string) =>
  `${prefix}-${createHash('sha256').update(value).digest('hex').slice(0, 40)}`;
