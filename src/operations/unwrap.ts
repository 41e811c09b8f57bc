/**
 * The part of a JSON value under `key`; a dotted key ("messages.messages") walks into nested
 * objects. Pure, so the webhook relay reads its filters' paths the same way.
 */
export const unwrap = (data: unknown, key: string | undefined): unknown =>
  (key ? key.split('.') : []).reduce<unknown>(
    (held, part) => (held && typeof held === 'object' ? (held as Record<string, unknown>)[part] : undefined),
    data,
  );
