import type { Bundle } from 'zapier-platform-core';

/**
 * Zapier's `lock` and `throttle`, which its platform enforces around a step (core and appTester
 * ignore both), modelled so tests can show overlapping runs and bursts:
 *
 * - **lock** `{ key, scope, timeout }`: the key is a template over the inputs
 *   (`{{bundle.inputData.phone}}`); `app` is always in the scope, `auth` adds the connection. Runs
 *   with the same key go one at a time; a run holds the lock at most `timeout` seconds.
 * - **throttle** `{ window, limit, key, scope, retry }`: runs are counted per key, window, limit and
 *   scope in fixed windows that start from zero; a run past the limit is retried after the window
 *   (`retry`, the default), so it runs late rather than fails.
 */
export interface Clock {
  now: () => number;
  /** Resolves once the clock reads `at` or later. */
  sleepUntil: (at: number) => Promise<void>;
  /** A clock that moves only when nothing runs (a simulation): waiters first wait for the runs in flight. */
  virtual?: boolean;
}

export const realClock: Clock = {
  now: Date.now,
  sleepUntil: (at) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now()))),
};

/**
 * A clock that moves only when every run in flight has finished and something waits for a later
 * time: a burst over many windows runs in moments, each window's runs at that window's time.
 */
export const virtualClock = (start = Date.parse('2026-12-02T09:00:00Z')) => {
  let now = start;
  return {
    virtual: true,
    now: () => now,
    sleepUntil: async (at: number) => {
      await Promise.resolve();
      now = Math.max(now, at);
    },
  } satisfies Clock;
};

export interface LockConfig {
  key: string;
  scope?: string[];
  timeout?: number;
}
export interface ThrottleConfig {
  window: number;
  limit: number;
  key?: string;
  scope?: string[];
  retry?: boolean;
}

/** Fills `{{bundle.inputData.x}}` as Zapier does: an input left empty becomes "". */
export const renderKey = (template: string, bundle: Pick<Bundle, 'inputData'>) =>
  template.replace(/\{\{\s*bundle\.inputData\.([\w.]+)\s*\}\}/g, (_all, key: string) => {
    const value = (bundle.inputData as Record<string, unknown> | undefined)?.[key];
    return value === undefined || value === null ? '' : String(value);
  });

const scoped = (connection: string, scope: string[] | undefined, operation: string) =>
  [
    'app',
    ...(scope?.includes('auth') ? [`auth:${connection}`] : []),
    ...(scope?.includes('action') ? [operation] : []),
  ].join('|');

export const zapierPacing = (clock: Clock = realClock) => {
  const held = new Map<string, Promise<void>>();
  const windows = new Map<string, { start: number; runs: number }>();
  /** What the model saw: how many runs waited for a lock and for a throttle window. */
  const seen = { waitedForLock: 0, throttled: 0 };
  let running = 0;
  let idle: Array<() => void> = [];
  const whenIdle = () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)));
  const started = () => (running += 1);
  const finished = () => {
    running -= 1;
    if (running > 0) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };

  const withLock = async <T>(name: string, timeoutSeconds: number, run: () => Promise<T>): Promise<T> => {
    const before = held.get(name);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const queued = (before ?? Promise.resolve()).then(() => mine);
    held.set(name, queued);
    if (before) {
      seen.waitedForLock += 1;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        before,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutSeconds * 1000))),
      ]);
      clearTimeout(timer);
    }
    try {
      return await run();
    } finally {
      release();
      if (held.get(name) === queued) held.delete(name);
    }
  };

  const takeThrottleSlot = async (name: string, { window, limit, retry = true }: ThrottleConfig) => {
    for (;;) {
      const size = window * 1000;
      const start = Math.floor(clock.now() / size) * size;
      const current = windows.get(name);
      const counted = current && current.start === start ? current : { start, runs: 0 };
      if (counted.runs < limit) {
        windows.set(name, { start, runs: counted.runs + 1 });
        // Counted as running from the moment it has its slot, so the clock waits for it.
        started();
        return;
      }
      if (!retry) throw new Error(`Throttled: ${name} is past ${limit} runs per ${window} s`);
      seen.throttled += 1;
      if (clock.virtual) await whenIdle();
      await clock.sleepUntil(start + size);
    }
  };

  /** Runs one step of `operation` on `connection` as Zapier's platform would, given its lock and throttle. */
  const around = async <T>(
    connection: string,
    operation: { key: string; lock?: LockConfig; throttle?: ThrottleConfig },
    bundle: Pick<Bundle, 'inputData'>,
    run: () => Promise<T>,
  ): Promise<T> => {
    const { lock, throttle } = operation;
    if (throttle) {
      const name = [
        throttle.key ?? '',
        throttle.window,
        throttle.limit,
        scoped(connection, throttle.scope, operation.key),
      ];
      await takeThrottleSlot(name.join('#'), throttle);
    } else started();
    try {
      if (!lock) return await run();
      const name = `${scoped(connection, lock.scope, operation.key)}#${renderKey(lock.key, bundle)}`;
      return await withLock(name, lock.timeout ?? 60, run);
    } finally {
      finished();
    }
  };

  return { around, seen };
};
