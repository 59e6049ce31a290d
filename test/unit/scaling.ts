/**
 * How cost grows with input size, as a ratio measured in one process, never a wall-clock threshold: the best of
 * a few runs at size n and at size GROWTH·n, divided by the same growth of a plain linear pass over the same
 * inputs (a copy through an array of characters), so cache and garbage-collection effects of the larger input
 * cancel out. Linear work gives about 1, quadratic about GROWTH; on a shared, loaded machine single figures swing
 * by 2x, so tests assert a generous bound between the two (LINEAR_BOUND).
 */
export const GROWTH = 16;
export const LINEAR_BOUND = 8;

const baseline = (input: unknown) => (typeof input === 'string' ? Array.from(input, (c) => c).join('') : input);

function best(run: (input: string) => unknown, input: string, repeats: number): number {
  let min = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run(input);
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

export function growthRatio(make: (n: number) => string, run: (input: string) => unknown, n: number, repeats = 3): number {
  // Inputs are built before the clock starts: only `run` is timed.
  const small = make(n);
  const large = make(GROWTH * n);
  best(run, small, 2); // warm the JIT
  best(baseline, small, 2);
  const growth = best(run, large, repeats) / best(run, small, repeats);
  const linear = best(baseline, large, repeats) / best(baseline, small, repeats);
  return growth / linear;
}
