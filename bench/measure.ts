import { execFileSync } from 'node:child_process';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Median wall time of `fn` over `runs`, after a few warm-up runs, in milliseconds. */
export const timeEach = async (runs: number, fn: () => Promise<unknown>): Promise<number> => {
  for (let i = 0; i < 5; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
};

/** Median time for a fresh Node process to `require` a module, in milliseconds. */
export const requireTime = (modulePath: string, runs = 11): number => {
  const script = `const t = process.hrtime.bigint(); require(${JSON.stringify(modulePath)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  return median(
    Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))),
  );
};
