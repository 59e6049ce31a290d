/**
 * How cost grows with input size, as a ratio measured in one process, never a wall-clock threshold: the best of
 * a few runs at size n and at size GROWTH·n, divided by the same growth of a plain linear pass over the same
 * inputs (one read of each character), so cache effects of the larger input cancel out. Linear work gives about
 * 1 (up to ~4 where the collector works harder on larger strings), quadratic about GROWTH; on a shared, loaded
 * machine single figures swing by 2x, so tests assert a generous bound between the two (LINEAR_BOUND).
 */
export const GROWTH = 16;
export const LINEAR_BOUND = 12;

/** One read of every character: linear with no allocation, so its growth is the input's, not the collector's. */
const baseline = (input: string) => {
  let hash = 0;
  for (let i = 0; i < input.length; i++) hash = (hash * 31 + input.charCodeAt(i)) | 0;
  return hash;
};

const timed = (run: (input: string) => unknown, input: string) => {
  const start = performance.now();
  run(input);
  return performance.now() - start;
};

export function growthRatio(make: (n: number) => string, run: (input: string) => unknown, n: number, repeats = 7): number {
  // Inputs are built before the clock starts: only `run` is timed.
  const small = make(n);
  const large = make(GROWTH * n);
  timed(run, small); // warm the JIT
  timed(baseline, small);
  // Interleaved, so a burst of load from other processes hits all four series alike; the best of each counts.
  const best = [Infinity, Infinity, Infinity, Infinity];
  for (let i = 0; i < repeats; i++) {
    best[0] = Math.min(best[0]!, timed(run, small));
    best[1] = Math.min(best[1]!, timed(run, large));
    best[2] = Math.min(best[2]!, timed(baseline, small));
    best[3] = Math.min(best[3]!, timed(baseline, large));
  }
  return best[1]! / best[0]! / (best[3]! / best[2]!);
}
