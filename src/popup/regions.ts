import { compareVersions, type Comparison, type RegionalVersion } from '../core/compare/compare';
import { discoverVariants, type Variant } from '../core/regions/discover';
import { documentRegions } from '../core/regions/in-page';
import { preselect, type NotPreselected } from '../core/regions/preselect';
import { regionNamedIn } from '../core/regions/regions';
import { registryEntryFor } from '../core/regions/registry';
import type { PolicyText } from '../core/text/policy-text';
import { extractPolicyText } from '../dom/extract';
import { kindOf, parseFetched } from '../dom/parse';
import { fetchableUrl, fetchPolicyDocument, originPattern } from '../platform/fetch-policy';
import { browser, send, sendToTab } from '../platform/runtime';
import { KEYS, keepNewest, MAX_FETCH_RECORDS, type StoredComparison } from '../platform/storage-keys';
import { read, update } from '../platform/storage';
import { keepComparison } from './keep-comparison';

export type RowStatus = { kind: 'waiting' } | { kind: 'fetching' } | { kind: 'ok'; fetchedAt: string } | { kind: 'failed'; error: string };

export interface VariantRow {
  variant: Variant;
  include: boolean;
  status: RowStatus;
  /** Why a candidate was not ticked at first (another site, a part of this page, a language version). */
  why?: NotPreselected;
}

export interface RegionsState {
  phase: 'idle' | 'finding' | 'ready' | 'fetching' | 'compared' | 'error';
  rows: VariantRow[];
  pageUrl: string;
  /** A known service whose one address serves the reader's own region only. */
  servedByLocation?: { service: string };
  comparison?: Comparison;
  comparisonId?: string;
  message?: string;
  /** A failure outside any one row (storage, the page went away), with its reason. */
  problem?: string;
}

/** Fetched text of an address, kept for this popup's life so a second compare does not fetch again. */
const fetched = new Map<string, { policyText: PolicyText; fetchedAt: string }>();

export class RegionsController {
  state: RegionsState = { phase: 'idle', rows: [], pageUrl: '' };
  constructor(
    private readonly tabId: number,
    private readonly onChange: (s: RegionsState) => void,
  ) {}

  private set(patch: Partial<RegionsState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  /**
   * Something failed outside a row: its reason is shown and the controls come back (no row stays "Fetching…",
   * the button is enabled again).
   */
  fail(reason: string): void {
    const rows = this.state.rows.map((r) =>
      r.status.kind === 'fetching' ? { ...r, status: { kind: 'failed' as const, error: reason } } : r,
    );
    const phase = this.state.phase === 'finding' || this.state.phase === 'idle' ? 'error' : this.state.comparison ? 'compared' : 'ready';
    this.set({ phase, rows, problem: reason, ...(phase === 'error' ? { message: reason } : {}) });
  }

  async find(): Promise<void> {
    this.set({ phase: 'finding', message: undefined, problem: undefined });
    const info = await sendToTab(this.tabId, 'tab/variants', {});
    if (!info.ok) return this.set({ phase: 'error', message: info.error });
    const variants = discoverVariants(info.value);
    const entry = registryEntryFor(info.value.url);
    // A comparison made earlier in this browser session for this page is shown again, with its fetch times.
    const earlier = Object.entries(await read(KEYS.comparisons))
      .filter(([, c]) => c.pageUrl === info.value.url)
      .sort(([, a], [, b]) => b.createdAt.localeCompare(a.createdAt))[0];
    const fetchedAt = (v: Variant) =>
      earlier?.[1].versions.find(
        (x) =>
          x.url === (v.source === 'in-page' ? info.value.url : v.url) &&
          (v.source !== 'in-page' || x.region === v.region),
      )?.fetchedAt;
    this.set({
      phase: earlier ? 'compared' : 'ready',
      pageUrl: info.value.url,
      rows: variants.map((variant) => {
        const at = fetchedAt(variant);
        const pick = preselect(variant, info.value.url);
        return {
          variant,
          // A version compared earlier stays ticked; others as the rules say.
          include: pick.include || at !== undefined,
          status: at ? { kind: 'ok', fetchedAt: at } : { kind: 'waiting' },
          ...(pick.why && !at ? { why: pick.why } : {}),
        };
      }),
      ...(earlier ? { comparison: earlier[1].comparison as Comparison, comparisonId: earlier[0] } : {}),
      ...(entry?.servedByLocation && entry.variants.length === 0 ? { servedByLocation: { service: entry.service } } : {}),
    });
  }

  toggle(index: number, include: boolean): void {
    this.set({ rows: this.state.rows.map((r, i) => (i === index ? { ...r, include } : r)) });
  }

  /** "Compare with…": an address the reader types. */
  addUrl(url: string, region: string): string | undefined {
    const ok = fetchableUrl(url);
    if (!ok.ok) return ok.error;
    const label = region.trim() || 'added';
    this.set({
      rows: [
        ...this.state.rows,
        {
          variant: { region: label, source: 'user', url: ok.value.href, label: url },
          include: true,
          status: { kind: 'waiting' },
        },
      ],
    });
    return undefined;
  }

  /** "Compare with…": a saved file (HTML or Markdown), read here and never uploaded. */
  async addFile(file: File, region: string): Promise<void> {
    this.set({ problem: undefined });
    const body = await file.text();
    const doc = parseFetched(body, kindOf(file.name, file.type));
    const { policyText } = extractPolicyText(doc.body ?? doc.documentElement);
    const key = `file:${file.name}:${file.size}:${file.lastModified}`;
    fetched.set(key, { policyText, fetchedAt: new Date().toISOString() });
    const label = region.trim() || regionNamedIn(policyText.text.slice(0, 200)) || file.name;
    this.set({
      rows: [
        ...this.state.rows,
        {
          variant: { region: label, source: 'user', url: key, label: file.name },
          include: true,
          status: { kind: 'waiting' },
        },
      ],
    });
  }

  /** The origins to ask access to: the reader is asked, in the click, before anything is fetched. */
  originsToRequest(): string[] {
    const origins = new Set<string>();
    for (const r of this.state.rows) {
      if (!r.include) continue;
      const url = r.variant.source === 'in-page' ? this.state.pageUrl : r.variant.url;
      const ok = fetchableUrl(url);
      if (ok.ok) origins.add(originPattern(ok.value));
    }
    return [...origins];
  }

  async fetchAndCompare(granted: boolean): Promise<void> {
    if (!granted) return this.set({ phase: 'ready', message: 'permission' });
    this.set({ phase: 'fetching', message: undefined, problem: undefined });
    const versions: (RegionalVersion & { url: string; source: string; fetchedAt: string })[] = [];
    const rows = [...this.state.rows];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (!row.include) continue;
      rows[i] = { ...row, status: { kind: 'fetching' } };
      this.set({ rows: [...rows] });
      const url = row.variant.source === 'in-page' ? this.state.pageUrl : row.variant.url;
      // Each row fails on its own, with its reason; the others still compare.
      const text = await this.textOf(url).catch((e: unknown) => ({
        ok: false as const,
        error: e instanceof Error ? e.message : String(e),
      }));
      if (!text.ok) {
        rows[i] = { ...row, status: { kind: 'failed', error: text.error } };
        this.set({ rows: [...rows] });
        continue;
      }
      let policyText = text.value.policyText;
      if (row.variant.source === 'in-page') {
        const part = documentRegions(policyText).find((p) => p.region === row.variant.region);
        if (!part) {
          rows[i] = { ...row, status: { kind: 'failed', error: 'the part was not found in the fetched page' } };
          continue;
        }
        policyText = part.policyText;
      }
      const analysis = await send('popup/analyze', { policyText });
      if (!analysis.ok) {
        rows[i] = { ...row, status: { kind: 'failed', error: analysis.error } };
        continue;
      }
      let region = row.variant.region;
      while (versions.some((v) => v.region === region)) region = `${region}′`;
      versions.push({ region, policyText, analysis: analysis.value, url, source: row.variant.source, fetchedAt: text.value.fetchedAt });
      rows[i] = { ...row, status: { kind: 'ok', fetchedAt: text.value.fetchedAt } };
      this.set({ rows: [...rows] });
    }
    if (versions.length < 2) return this.set({ phase: 'ready', rows, message: 'too-few' });
    const comparison = compareVersions(versions);
    const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const stored: StoredComparison = {
      createdAt: new Date().toISOString(),
      pageUrl: this.state.pageUrl,
      comparison,
      versions: versions.map((v) => ({ region: v.region, url: v.url, source: v.source, fetchedAt: v.fetchedAt })),
    };
    const kept = await keepComparison(id, stored, (change) => update(KEYS.comparisons, change));
    this.set({ phase: 'compared', rows, comparison, ...(kept.ok ? { comparisonId: id } : { problem: kept.error }) });
  }

  private async textOf(
    url: string,
  ): Promise<{ ok: true; value: { policyText: PolicyText; fetchedAt: string } } | { ok: false; error: string }> {
    const known = fetched.get(url);
    if (known) return { ok: true, value: known };
    const result = await fetchPolicyDocument(url);
    const fetchedAt = new Date().toISOString();
    // A record of the fetch is a nicety: storage refusing it does not fail the row.
    await update(KEYS.fetchRecords, (all) =>
      keepNewest(
        { ...all, [url]: result.ok ? { fetchedAt, ok: true } : { fetchedAt, ok: false, error: result.error } },
        MAX_FETCH_RECORDS,
        (r) => r.fetchedAt,
      ),
    ).catch(() => undefined);
    if (!result.ok) return result;
    const doc = parseFetched(result.value.body, kindOf(result.value.url, result.value.contentType));
    const { policyText } = extractPolicyText(doc.body ?? doc.documentElement);
    const value = { policyText, fetchedAt };
    fetched.set(url, value);
    return { ok: true, value };
  }
}

/** Asks for access to the origins; must be called within the click that asked for the comparison. */
export function requestOrigins(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

export function openComparisonPage(id: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(`src/report/index.html?id=${encodeURIComponent(id)}`) });
}
