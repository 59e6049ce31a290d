import { UsageError } from '../args';

/** `--jobs N`: worker threads for a batch (1 runs it in one thread). */
export function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new UsageError(`option --jobs takes a whole number from 1 to 64, not ${JSON.stringify(value)}`);
  }
  return n;
}
