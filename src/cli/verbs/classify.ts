import { classifyText } from '../../core/nlp/text';
import { parseOptions } from '../args';
import { EXIT, type Verb } from '../io';
import { practiceJson } from '../practice-json';
import { jsonSafe } from '../terminal-safe';

/** Longest text classify takes on one line: a sentence or a short passage, not a document. */
export const MAX_CLASSIFY_CHARS = 20_000;

/** One input line → one output line; a bad line gets an error object and the rest still run. */
export function classifyLine(line: string, lineNumber: number): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, line: lineNumber, error: 'not valid JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ id: null, line: lineNumber, error: 'expected a JSON object with "id" and "text"' });
  }
  const { id = null, text } = input as { id?: unknown; text?: unknown };
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return JSON.stringify({ id: safeId, error: '"text" must be a string' });
  if (text.length > MAX_CLASSIFY_CHARS) {
    return JSON.stringify({ id: safeId, error: `"text" is longer than ${MAX_CLASSIFY_CHARS} characters` });
  }
  return JSON.stringify({ id: safeId, practices: classifyText(text).map(practiceJson) });
}

export const classifyVerb: Verb = {
  usage: 'policy-lens classify --jsonl < sentences.jsonl',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { jsonl: { type: 'boolean', default: false } });
    if (!values.jsonl || positionals.length) {
      io.stderr(`usage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const input = await io.readStdin();
    const lines = input.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      io.stdout(jsonSafe(classifyLine(line, i + 1)) + '\n');
    });
    return EXIT.ok;
  },
};
