/** GHL's documented limits: 100 requests per 10 seconds per location, 200,000 a day. */
export const GHL_RATE_LIMIT = { max: 100, windowMs: 10_000, daily: 200_000 };
export type RateLimit = typeof GHL_RATE_LIMIT;

/**
 * Counts each location's requests in GHL's burst window and day, and answers GHL's rate headers.
 * The window slides (any 10 s span holds at most 100 requests): GHL does not say how it counts,
 * and this is the strictest reading, so what passes here passes there.
 */
export const rateLimiter = (rate: RateLimit, clock: () => number) => {
  const windows = new Map<string, { times: number[]; head: number; used: number; daily: number }>();
  return (locationId: string) => {
    const now = clock();
    const w = windows.get(locationId) ?? { times: [], head: 0, used: 0, daily: 0 };
    while (w.head < w.times.length && now - w.times[w.head]! >= rate.windowMs) w.head += 1;
    // The requests that left the window are dropped now and then, not one by one.
    if (w.head > 1024) {
      w.times = w.times.slice(w.head);
      w.head = 0;
    }
    w.times.push(now);
    w.used = w.times.length - w.head;
    w.daily += 1;
    windows.set(locationId, w);
    const headers = {
      'X-RateLimit-Max': String(rate.max),
      'X-RateLimit-Remaining': String(Math.max(0, rate.max - w.used)),
      'X-RateLimit-Interval-Milliseconds': String(rate.windowMs),
      'X-RateLimit-Limit-Daily': String(rate.daily),
      'X-RateLimit-Daily-Remaining': String(Math.max(0, rate.daily - w.daily)),
      // Milliseconds until the day's quota comes back (the next midnight, UTC).
      'X-RateLimit-Daily-Reset': String(86_400_000 - (now % 86_400_000)),
    };
    return { exceeded: w.used > rate.max || w.daily > rate.daily, headers };
  };
};
