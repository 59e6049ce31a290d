import { DATA_TYPES, type Analysis, type DataType, type Practice, type SummaryValue } from '../nlp/types';
import { splitSentences } from '../nlp/sentences';
import type { PolicyText } from '../text/policy-text';
import { headingSimilarity, normalizeHeading, normalizeSentence } from './normalize';
import { keyDifferences, type KeyDifference } from './differences';
import { cellBasis } from '../report/findings';
import type { Span } from '../report/quote';

/** A sentence behind a matrix cell, with the data words' offsets in it (for emphasis). */
export interface CellQuote {
  sentence: string;
  evidence: Span[];
}

/** One version of a policy: its region label, its text and its analysis. */
export interface RegionalVersion {
  region: string;
  policyText: PolicyText;
  analysis: Analysis;
}

export type SectionStatus = 'same' | 'changed' | 'only-in-some';

export interface SectionComparison {
  /** The heading as the first version that has it words it. */
  heading: string;
  /** The headings the section stands under, in that version. */
  path: string[];
  status: SectionStatus;
  regions: string[];
  /** Per region, sentences that the first region holding the section does not have (and the reverse under `removed`). */
  added: Record<string, string[]>;
  removed: Record<string, string[]>;
}

export interface Comparison {
  regions: string[];
  matrix: Record<DataType, Record<string, SummaryValue>>;
  /** The same, counting only biometric identifiers, for face and voice. */
  identifiers: Record<'face' | 'voice', Record<string, SummaryValue>>;
  /** The key sentences behind each cell, when there are any. */
  evidence: Record<DataType, Record<string, string[]>>;
  /** The same for the identifier rows: only sentences about faceprints or voiceprints. */
  identifierEvidence: Record<'face' | 'voice', Record<string, string[]>>;
  /**
   * The same sentences with their data words, per row (a data type, or "faceprints"/"voiceprints") and region;
   * the first is the one the cell's value rests on. Optional: comparisons stored before it have none.
   */
  cellQuotes?: Record<string, Record<string, CellQuote[]>>;
  sections: SectionComparison[];
  keyDifferences: KeyDifference[];
  /** False when no data type differs and no section changed in substance. */
  material: boolean;
}

/** Alignment threshold: headings this similar are the same section under other words. */
const SAME_HEADING = 0.6;
const EVIDENCE_PER_CELL = 3;

interface Section {
  heading: string;
  key: string;
  path: string[];
  sentences: string[];
}

const RUN_IN = /^([A-Z][\w'’&/-]*(?:\s+[A-Za-z][\w'’&/-]*){1,6})[.:]\s+(?=\S)/;
/** A list item may open with a one-word run-in heading ("Metadata. When you upload…", "Cookies. We use…"). */
const RUN_IN_WORD = /^([A-Z][a-z]{3,24})[.:]\s+(?=[A-Z])/;

/**
 * A run-in heading: "Image and Audio Information. We may collect…" — a short title-cased phrase that opens a
 * list item or paragraph, as policies written in Markdown or Word often title their subsections.
 */
export function runInHeading(text: string, listItem = false): string | undefined {
  const word = listItem ? RUN_IN_WORD.exec(text) : null;
  if (word) return word[1];
  const m = RUN_IN.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/).filter((w) => w.length >= 4);
  const capital = words.filter((w) => /^[A-Z]/.test(w));
  return words.length > 0 && capital.length / words.length >= 0.6 ? m[1] : undefined;
}

/** Cuts a policy into sections: each heading (or run-in heading) with the sentences up to the next one. */
export function sectionsOf(policy: PolicyText): Section[] {
  const out: Section[] = [];
  let current: Section = { heading: '', key: '', path: [], sentences: [] };
  let headingPath: string[] = [];
  for (const block of policy.blocks) {
    const text = policy.text.slice(block.start, block.end);
    if (block.kind === 'heading') {
      if (current.heading || current.sentences.length) out.push(current);
      current = { heading: text, key: normalizeHeading(text), path: block.headingPath, sentences: [] };
      headingPath = [...block.headingPath, text];
      continue;
    }
    let from = block.start;
    const runIn = runInHeading(text, block.kind === 'list-item');
    if (runIn) {
      if (current.heading || current.sentences.length) out.push(current);
      current = { heading: runIn, key: normalizeHeading(runIn), path: headingPath, sentences: [] };
      from = block.start + runIn.length + 1;
    }
    for (const s of splitSentences(policy.text, from, block.end)) current.sentences.push(policy.text.slice(s.start, s.end));
  }
  if (current.heading || current.sentences.length) out.push(current);
  return out;
}

function alignSections(versions: RegionalVersion[]): SectionComparison[] {
  const groups: { heading: string; key: string; path: string[]; byRegion: Map<string, Section> }[] = [];
  for (const v of versions) {
    const used = new Set<number>();
    for (const section of sectionsOf(v.policyText)) {
      if (!section.key) continue;
      let best = -1;
      let bestScore = SAME_HEADING;
      groups.forEach((g, i) => {
        if (used.has(i) || g.byRegion.has(v.region)) return;
        const score = headingSimilarity(g.key, section.key);
        if (score >= bestScore) {
          best = i;
          bestScore = score;
        }
      });
      if (best < 0) {
        groups.push({ heading: section.heading, key: section.key, path: section.path, byRegion: new Map([[v.region, section]]) });
        used.add(groups.length - 1);
      } else {
        groups[best]!.byRegion.set(v.region, section);
        used.add(best);
      }
    }
  }
  const all = versions.map((v) => v.region);
  return groups.map((g) => {
    const regions = all.filter((r) => g.byRegion.has(r));
    const base = g.byRegion.get(regions[0]!)!;
    const baseSet = new Set(base.sentences.map(normalizeSentence));
    const added: Record<string, string[]> = {};
    const removed: Record<string, string[]> = {};
    let changed = false;
    for (const r of regions.slice(1)) {
      const other = g.byRegion.get(r)!;
      const otherSet = new Set(other.sentences.map(normalizeSentence));
      const plus = other.sentences.filter((s) => !baseSet.has(normalizeSentence(s)));
      const minus = base.sentences.filter((s) => !otherSet.has(normalizeSentence(s)));
      if (plus.length || minus.length) {
        changed = true;
        added[r] = plus;
        removed[r] = minus;
      }
    }
    const status: SectionStatus = regions.length < all.length ? 'only-in-some' : changed ? 'changed' : 'same';
    return { heading: g.heading, path: g.path, status, regions, added, removed };
  });
}

/**
 * Compares two or more regional versions of a policy: what each allows per data type, which sections exist
 * where and what changed inside them, and the key differences first, in words.
 */
export function compareVersions(versions: RegionalVersion[]): Comparison {
  if (versions.length < 2) throw new Error('a comparison needs at least two versions');
  const regions = versions.map((v) => v.region);
  if (new Set(regions).size !== regions.length) throw new Error('each version needs its own region label');
  const matrix = Object.fromEntries(DATA_TYPES.map((t) => [t, {}])) as Comparison['matrix'];
  const evidence = Object.fromEntries(DATA_TYPES.map((t) => [t, {}])) as Comparison['evidence'];
  const identifiers: Comparison['identifiers'] = { face: {}, voice: {} };
  const identifierEvidence: Comparison['identifierEvidence'] = { face: {}, voice: {} };
  const cellQuotes: NonNullable<Comparison['cellQuotes']> = {};
  const quotesOf = (ps: Practice[]): CellQuote[] => {
    const seen = new Set<string>();
    const out: CellQuote[] = [];
    for (const p of ps) {
      if (seen.has(p.sentence) || out.length >= EVIDENCE_PER_CELL) continue;
      seen.add(p.sentence);
      out.push({ sentence: p.sentence, evidence: p.evidence.map((e) => ({ start: e.start - p.start, end: e.end - p.start })) });
    }
    return out;
  };
  for (const v of versions) {
    for (const t of DATA_TYPES) {
      matrix[t][v.region] = v.analysis.summary[t];
      // The sentence the cell rests on first, then others of the same stance.
      const basis = cellBasis(v.analysis, t)?.practice;
      const stance = v.analysis.summary[t] === 'denies' ? 'denied' : 'affirmed';
      const same = v.analysis.practices.filter((p) => p.type === t && p.stance === stance && p !== basis);
      (cellQuotes[t] ??= {})[v.region] = v.analysis.summary[t] === 'silent' ? [] : quotesOf(basis ? [basis, ...same] : same);
      evidence[t][v.region] = [
        ...new Set(
          v.analysis.practices
            .filter((p) => p.type === t && p.stance === (v.analysis.summary[t] === 'denies' ? 'denied' : 'affirmed'))
            .map((p) => p.sentence),
        ),
      ].slice(0, EVIDENCE_PER_CELL);
    }
    identifiers.face[v.region] = v.analysis.identifiers.face;
    identifiers.voice[v.region] = v.analysis.identifiers.voice;
    for (const t of ['face', 'voice'] as const) {
      const ids = v.analysis.practices.filter((p) => p.type === t && p.identifier);
      const idStance = v.analysis.identifiers[t] === 'denies' ? 'denied' : 'affirmed';
      (cellQuotes[t === 'face' ? 'faceprints' : 'voiceprints'] ??= {})[v.region] =
        v.analysis.identifiers[t] === 'silent' ? [] : quotesOf(ids.filter((p) => p.stance === idStance));
      identifierEvidence[t][v.region] = [
        ...new Set(v.analysis.practices.filter((p) => p.type === t && p.identifier).map((p) => p.sentence)),
      ].slice(0, EVIDENCE_PER_CELL);
    }
  }
  const sections = alignSections(versions);
  const differences = keyDifferences(regions, matrix, identifiers);
  return {
    regions,
    matrix,
    identifiers,
    evidence,
    identifierEvidence,
    cellQuotes,
    sections,
    keyDifferences: differences,
    material: differences.length > 0,
  };
}
