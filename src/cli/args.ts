import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in the command line: one line naming the mistake, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs in strict mode, with its errors turned into one line that names the culprit
 * (`unknown option --frmat`) instead of Node's paragraph.
 */
export function parseOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw asUsageError(e) ?? e;
  }
}

/** A parseArgs error (from here or from a verb that calls parseArgs itself) as one line naming the culprit. */
export function asUsageError(e: unknown): UsageError | undefined {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS') || typeof message !== 'string') return undefined;
  const named = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${named}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(`option ${named} needs a value`);
  return new UsageError(message.split('\n')[0]!);
}

/** One value of a closed set, or a usage error naming the value and the choices. */
export function oneOf<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${option} ${JSON.stringify(value)} (one of ${choices.join(', ')})`);
}

/** Values of a repeatable option that also takes comma lists (`--type face,voice --type location`). */
export function manyOf<T extends string>(
  option: string,
  values: string[] | undefined,
  choices: readonly T[],
): T[] | undefined {
  if (!values?.length) return undefined;
  return values.flatMap((v) => v.split(',')).filter((v) => v !== '').map((v) => oneOf(option, v, choices));
}
