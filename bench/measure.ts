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

/**
 * Median time for a fresh Node process to `require` each module, in milliseconds: the modules
 * take turns, `runs` times, so a slower spell of the machine weighs on each alike.
 */
export const requireTimes = (modulePaths: string[], runs = 11): number[] => {
  const once = (modulePath: string) => {
    const script = `const t = process.hrtime.bigint(); require(${JSON.stringify(modulePath)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
    return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  };
  const times = modulePaths.map((): number[] => []);
  for (let run = 0; run < runs; run += 1) modulePaths.forEach((modulePath, i) => times[i]!.push(once(modulePath)));
  return times.map(median);
};

/** The differences of two runs measured in turn: their median and spread (25th to 75th percentile). */
export interface PairedCost {
  median: number;
  p25: number;
  p75: number;
  /** Median of `a`'s times over the median of `b`'s. */
  ratio: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/**
 * What `a` costs beyond `b`, measured in interleaved pairs (the order alternating), so a drift of
 * the machine's speed during the run falls on both alike.
 */
export const pairedCost = async (
  pairs: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<PairedCost> => {
  const timed = async (fn: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < 5; i += 1) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const diffs: number[] = [];
  for (let i = 0; i < pairs; i += 1) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await timed(a);
      tb = await timed(b);
    } else {
      tb = await timed(b);
      ta = await timed(a);
    }
    as.push(ta);
    bs.push(tb);
    diffs.push(ta - tb);
  }
  const sorted = [...diffs].sort((x, y) => x - y);
  return {
    median: median(diffs),
    p25: percentile(sorted, 0.25),
    p75: percentile(sorted, 0.75),
    ratio: median(as) / median(bs),
  };
};

/** A cost as a result only when it stands out of its spread; a spread reaching 0 or below is noise. */
export const shownCost = ({ median: m, p25, p75 }: PairedCost): string =>
  p25 <= 0
    ? `none measurable (median ${m.toFixed(2)}, spread ${p25.toFixed(2)} to ${p75.toFixed(2)})`
    : `${m.toFixed(2)} (spread ${p25.toFixed(2)} to ${p75.toFixed(2)})`;
