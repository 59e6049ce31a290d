import { EXIT, type CliIO, type Verb } from './io';
import { LoadError } from './load';
import { analyzeVerb } from './verbs/analyze';
import { annotationsVerb } from './verbs/annotations';
import { classifyVerb } from './verbs/classify';
import { compareVerb } from './verbs/compare';
import { detectVerb } from './verbs/detect';
import { historyVerb } from './verbs/history';

/** Each verb is one file under verbs/; add it here to make it a command. */
export const VERBS: Record<string, Verb> = {
  detect: detectVerb,
  analyze: analyzeVerb,
  classify: classifyVerb,
  compare: compareVerb,
  annotations: annotationsVerb,
  history: historyVerb,
};

function help(): string {
  const rows = Object.entries(VERBS).map(([name, v]) => `  ${name.padEnd(12)} ${v.summary}\n      ${v.usage}`);
  return `policy-lens: privacy-policy analysis from the command line\n\nCommands:\n${rows.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const verb = VERBS[name];
  if (!verb) {
    io.stderr(`policy-lens: unknown command "${name}"\n${help()}`);
    return EXIT.usage;
  }
  try {
    return await verb.run(rest, io);
  } catch (e) {
    // A file or address that cannot be read is the one-line error every verb gives, with exit code 2.
    if (e instanceof LoadError) {
      io.stderr(`policy-lens: ${e.message}\n`);
      return EXIT.usage;
    }
    // A usage mistake from parseArgs is the user's; anything else is ours, reported in one line.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`policy-lens ${name}: ${message}\n`);
    return (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? EXIT.usage : EXIT.failed;
  }
}
