/** A file or address that cannot be read or used: one line on stderr, exit code 2 (or an `error` line in a batch). */
export class LoadError extends Error {}
