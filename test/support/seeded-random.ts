/**
 * A small deterministic generator (a linear congruential one) for the fuzz tests, so a failure names a seed that
 * replays: `rng(seed)(n)` is an integer in [0, n).
 */
export function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}
