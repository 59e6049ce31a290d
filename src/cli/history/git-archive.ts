import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MAX_DOCUMENT_BYTES } from '../load';
import { formatOfPath, isTechnicalMessage, type Archive, type DocumentHistory } from './sources';

const run = promisify(execFile);
const LOG_BUFFER = 512 * 1024 * 1024;

/** True when `path` is (inside) a git work tree or a bare repository. */
export async function isGitRepository(path: string): Promise<boolean> {
  try {
    const { stdout } = await run('git', ['-C', path, 'rev-parse', '--git-dir']);
    return stdout.trim().length > 0;
  } catch {
    return false;
  }
}

interface Change {
  commit: string;
  date: string;
  subject: string;
  status: string;
  blob: string;
  path: string;
}

const HEADER = '\u001e';

/**
 * Parses `git log -z --raw --no-abbrev --format=<HEADER>%H %aI %s`: a header token per commit, then for each
 * file a ":modes ids status" token followed by the path token. The first raw entry of a commit shares its
 * token with the header, after a newline.
 */
export function parseRawLog(out: string): Change[] {
  const changes: Change[] = [];
  const tokens = out.split('\0');
  let commit = '';
  let date = '';
  let subject = '';
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!.replace(/^\n+/, '');
    if (token.startsWith(HEADER)) {
      const nl = token.indexOf('\n');
      const header = token.slice(1, nl < 0 ? undefined : nl);
      token = nl < 0 ? '' : token.slice(nl + 1);
      const [hash = '', when = '', ...words] = header.split(' ');
      commit = hash;
      date = new Date(when).toISOString().slice(0, 10);
      subject = words.join(' ');
    }
    if (!token.startsWith(':')) continue;
    const fields = token.slice(1).split(' ');
    const path = tokens[++i] ?? '';
    changes.push({ commit, date, subject, status: fields[4] ?? '', blob: fields[3] ?? '', path });
  }
  return changes;
}

/**
 * Documents as every Open Terms Archive collection lays them out: `<Service>/<Document>.md`, one commit per
 * recorded version, the author date when it was recorded. One `git log` lists every version with its blob id.
 */
export async function listGitDocuments(repo: string): Promise<DocumentHistory[]> {
  const { stdout } = await run(
    'git',
    [
      '-C',
      repo,
      '-c',
      'core.quotePath=false',
      'log',
      '--reverse',
      '--no-renames',
      '--raw',
      '--no-abbrev',
      '-z',
      `--format=${HEADER}%H %aI %s`,
    ],
    { maxBuffer: LOG_BUFFER },
  );
  const byPath = new Map<string, DocumentHistory>();
  for (const c of parseRawLog(stdout)) {
    const parts = c.path.split('/');
    const format = formatOfPath(c.path);
    if (parts.length !== 2 || !format || c.status === 'D' || /^0+$/.test(c.blob)) continue;
    let doc = byPath.get(c.path);
    if (!doc) {
      doc = { service: parts[0]!, document: parts[1]!.replace(/\.[^.]+$/, ''), versions: [] };
      byPath.set(c.path, doc);
    }
    const last = doc.versions[doc.versions.length - 1];
    if (last?.blob === c.blob) continue;
    doc.versions.push({ commit: c.commit, date: c.date, technical: isTechnicalMessage(c.subject), blob: c.blob, format });
  }
  for (const doc of byPath.values()) {
    // Topological order is the order of recording, except where branches were merged: the author date decides.
    doc.versions = doc.versions.map((v, i) => ({ v, i })).sort((a, b) => a.v.date.localeCompare(b.v.date) || a.i - b.i).map((x) => x.v);
  }
  return [...byPath.values()];
}

/**
 * Reads blobs through one long-running `git cat-file --batch`: requests go in as lines of ids, answers come
 * back as "<id> blob <size>\n<bytes>\n" (or "<id> missing"), in order.
 */
export class BlobReader {
  private child;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: { id: string; resolve: (b: Buffer | undefined) => void }[] = [];
  private failed: Error | undefined;

  constructor(repo: string) {
    this.child = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    const fail = (e: Error) => {
      this.failed = e;
      for (const w of this.waiting.splice(0)) w.resolve(undefined);
    };
    this.child.on('error', fail);
    this.child.on('exit', () => fail(new Error('git cat-file ended')));
  }

  private drain(): void {
    while (this.waiting.length > 0) {
      const nl = this.buffer.indexOf(10);
      if (nl < 0) return;
      const header = this.buffer.subarray(0, nl).toString('latin1');
      const [, type, size] = header.split(' ');
      if (type === undefined || size === undefined) {
        this.buffer = this.buffer.subarray(nl + 1);
        this.waiting.shift()!.resolve(undefined);
        continue;
      }
      const length = Number(size);
      if (this.buffer.length < nl + 1 + length + 1) return;
      const body = this.buffer.subarray(nl + 1, nl + 1 + length);
      this.buffer = this.buffer.subarray(nl + 1 + length + 1);
      this.waiting.shift()!.resolve(type === 'blob' ? Buffer.from(body) : undefined);
    }
  }

  read(id: string): Promise<Buffer | undefined> {
    if (this.failed || !/^[0-9a-f]{40,64}$/.test(id)) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.push({ id, resolve });
      this.child.stdin.write(`${id}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

export async function openGitArchive(repo: string): Promise<Archive> {
  const documents = await listGitDocuments(repo);
  const reader = new BlobReader(repo);
  return {
    documents,
    async read(blobs) {
      const texts = await Promise.all(blobs.map((b) => reader.read(b)));
      const out = new Map<string, string>();
      blobs.forEach((b, i) => {
        const t = texts[i];
        if (t && t.byteLength <= MAX_DOCUMENT_BYTES) out.set(b, t.toString('utf8'));
      });
      return out;
    },
    close: () => reader.close(),
  };
}
