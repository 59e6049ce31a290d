/** What a verb may touch: passed in, so tests run verbs in-process with captured output. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

export type Verb = {
  summary: string;
  usage: string;
  run: (args: string[], io: CliIO) => Promise<number>;
};

/** Exit codes: 0 done, 1 the check failed (e.g. validation found problems), 2 bad usage or unreadable input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
