/**
 * One JSON line per happening. Fields are IDs, types, counts and hosts only: never a token, a
 * payload or a hook URL's path (Zapier's hook URLs are bearer secrets of their own).
 */
export type Log = (message: string, fields?: Record<string, string | number | boolean | undefined>) => void;

export const jsonLog =
  (write: (line: string) => void = (line) => process.stderr.write(line)): Log =>
  (message, fields = {}) =>
    write(`${JSON.stringify({ at: new Date().toISOString(), message, ...fields })}\n`);

export const silentLog: Log = () => undefined;

/** The part of a hook URL a log may show. */
export const hookHost = (hookUrl: string) => {
  try {
    return new URL(hookUrl).host;
  } catch {
    return 'invalid-url';
  }
};
