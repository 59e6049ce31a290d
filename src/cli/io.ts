/** What a verb may touch: passed in, so tests run verbs in-process with captured output. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /**
   * The built worker script for batches (`dist-cli/worker.js`); the built command passes it. Without it (verbs
   * run from sources, as in unit tests and scripts) a batch runs in the calling thread.
   */
  workerScript?: URL;
}

export type Verb = {
  /** The one-line summary lives in the verb table (verbs.ts), so listing commands loads none; a verb may repeat it. */
  summary?: string;
  usage: string;
  /** What `policy-lens VERB --help` prints under the usage line: the options, one a line. */
  help?: string;
  run: (args: string[], io: CliIO) => Promise<number>;
};

/**
 * Exit codes: 0 done; 1 the check failed (validation found problems; in a batch, some file gave an `error` line);
 * 2 bad usage or unreadable input.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
