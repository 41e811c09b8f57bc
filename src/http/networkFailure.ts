import type { ZObject } from 'zapier-platform-core';

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

/** A request that never got an HTTP answer (dropped or refused connection, timeout), as opposed to an error GHL sent. */
export const isNetworkFailure = (error: unknown): boolean => {
  const e = error as { name?: string; code?: string; errno?: string; type?: string; cause?: { code?: string } };
  return (
    e?.name === 'FetchError' ||
    e?.type === 'system' ||
    NETWORK_CODES.has(String(e?.code ?? e?.errno ?? e?.cause?.code ?? '')) ||
    /socket hang up|network timeout/i.test(String((error as Error)?.message ?? ''))
  );
};

/**
 * Reads are safe to repeat, so Zapier is asked to retry them. A write may have been carried out
 * before the connection dropped: the person is told to check rather than have it replayed blindly.
 */
export const networkFailureError = (z: ZObject, method: string, error: unknown): Error => {
  const what = String((error as { code?: string })?.code ?? 'connection dropped');
  if (method.toUpperCase() === 'GET') {
    return new z.errors.ThrottledError(
      `The connection to HighLevel dropped before it answered (${what}): Zapier will try again.`,
      30,
    );
  }
  return new z.errors.Error(
    `The connection to HighLevel dropped before it answered (${what}), so this change may or may not have been made: check in HighLevel before replaying the Zap.`,
    'ConnectionDropped',
    502,
  );
};
