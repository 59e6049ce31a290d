/** What the history command reads from an archive, whatever its layout. */
export type SourceFormat = 'markdown' | 'html';

/** One recorded version of a document. */
export interface VersionRef {
  /** The commit that recorded it, or the file name in a folder of dated files. */
  commit: string;
  /** YYYY-MM-DD */
  date: string;
  technical: boolean;
  /** What to ask the archive for to get the text: a blob id, or a file path. */
  blob: string;
  format: SourceFormat;
}

export interface DocumentHistory {
  service: string;
  document: string;
  /** Oldest first. */
  versions: VersionRef[];
}

export interface Archive {
  documents: DocumentHistory[];
  /** The texts of these blobs, in any order; a blob that cannot be read is missing from the map. */
  read(blobs: string[]): Promise<Map<string, string>>;
  close(): void;
}

/** Markdown or HTML by the file's extension; anything else is not a document the command reads. */
export function formatOfPath(path: string): SourceFormat | undefined {
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  return undefined;
}

/**
 * Open Terms Archive records a change of its own extraction (new filters, a fixed selector) as a commit
 * like any other; its messages say so. "Refilter" is the wording of older collections for the same thing.
 */
export const isTechnicalMessage = (subject: string) => /^(?:Apply technical or declaration upgrade|Refilter)\b/i.test(subject);
