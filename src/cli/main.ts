import { version } from '../../package.json';
import { asUsageError, UsageError } from './args';
import { EXIT, type CliIO } from './io';
import { LoadError } from './load-error';
import { VERBS } from './verbs';

function help(): string {
  const rows = Object.entries(VERBS).map(([name, v]) => `  ${name.padEnd(12)} ${v.summary}`);
  return [
    `policy-lens ${version}: privacy-policy analysis from the command line`,
    '',
    'Usage: policy-lens COMMAND [ARGS...]   (policy-lens COMMAND --help for its options)',
    '',
    'Commands:',
    ...rows,
    '',
    'Exit codes: 0 done; 1 a check failed, or some files of a batch failed; 2 bad usage or unreadable input.',
    '',
  ].join('\n');
}

const wantsHelp = (args: string[]) => args.some((a) => a === '--help' || a === '-h');

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = Object.hasOwn(VERBS, name) ? VERBS[name] : undefined;
  if (!entry) {
    io.stderr(`policy-lens: unknown command ${JSON.stringify(name)}\n${help()}`);
    return EXIT.usage;
  }
  const verb = await entry.load();
  if (wantsHelp(rest)) {
    io.stdout(`usage: ${verb.usage}\n\n${entry.summary}\n${verb.help ? `\n${verb.help}\n` : ''}`);
    return EXIT.ok;
  }
  try {
    return await verb.run(rest, io);
  } catch (e) {
    // A file or address that cannot be read, or a usage mistake: the one-line error every verb gives, exit 2.
    const usage = e instanceof LoadError || e instanceof UsageError ? e : asUsageError(e);
    if (usage) {
      io.stderr(`policy-lens: ${usage.message}\n`);
      return EXIT.usage;
    }
    // Anything else is ours, reported in one line.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`policy-lens ${name}: ${message.split('\n')[0]}\n`);
    return EXIT.failed;
  }
}
