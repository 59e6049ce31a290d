import { runDocumentJob, type DocumentJob, type DocumentOutput } from '../document-job';

/** One file's outcome in a batch: its output, or the one-line reason it failed (the batch goes on). */
export type Settled = ({ ok: true } & DocumentOutput) | { ok: false; error: string };

export async function settle(job: DocumentJob): Promise<Settled> {
  try {
    return { ok: true, ...(await runDocumentJob(job)) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}
