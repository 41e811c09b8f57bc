import type { Bundle, ZObject } from 'zapier-platform-core';
import { connectionCache, hashedKey } from './connectionCache';
import { RECONNECT, RefusedRefreshToken, type TokenSet, refreshWith } from './tokenExchange';

/**
 * One refresh for all the runs of a connection. Zapier runs many steps of one connection at
 * once, in separate processes, and GHL's refresh tokens are single use: if each run refreshed,
 * all but one would be refused and the connection marked stale. `z.cache` with scope `['auth']`
 * (`connectionCache`) is shared by every process of the connection: the first run takes a short lock (`nx`), refreshes
 * and leaves the new tokens under the old refresh token's key; the others wait for them.
 */
const LOCK_KEY = 'ghl-refresh-lock';
/** Longer than one token call takes; a run that dies holding the lock frees it by then. */
const LOCK_SECONDS = 15;
/** How long the rotated tokens stay for runs that still hold the old refresh token. */
const RESULT_SECONDS = 120;
const WAIT_MS = 20_000;
const POLL_MS = 200;

/** The cache key of the tokens that replaced this refresh token (a hash: the token is not a key). */
const rotatedKey = (refreshToken: string) => hashedKey('ghl-rotated', refreshToken);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const refreshShared = async (z: ZObject, bundle: Bundle): Promise<TokenSet> => {
  const refreshToken = String(bundle.authData?.refresh_token ?? '');
  if (!refreshToken) throw new z.errors.ExpiredAuthError(RECONNECT);
  const key = rotatedKey(refreshToken);
  const cache = connectionCache(z);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const rotated = await cache.get<TokenSet>(key);
    if (rotated) return rotated;
    if (await cache.claim(LOCK_KEY, key, LOCK_SECONDS)) {
      try {
        const fresh = await refreshWith(z, bundle.authData, refreshToken);
        await cache.set(key, fresh, RESULT_SECONDS);
        return fresh;
      } catch (error) {
        if (!(error instanceof RefusedRefreshToken)) throw error;
        // Refused because another run rotated it a moment ago: its tokens are the answer.
        const rotatedMeanwhile = await cache.get<TokenSet>(key);
        if (rotatedMeanwhile) return rotatedMeanwhile;
        throw new z.errors.ExpiredAuthError(error.message);
      } finally {
        await cache.delete(LOCK_KEY);
      }
    }
    if (Date.now() > deadline) {
      // Not the connection's fault: a throttle, so Zapier retries and never marks it stale.
      throw new z.errors.ThrottledError(
        'Another run of this HighLevel connection is renewing its sign-in: Zapier will try again shortly.',
        10,
      );
    }
    await sleep(POLL_MS);
  }
};
