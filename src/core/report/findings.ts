import type { Analysis, ConditionKind, DataType, Practice, Stance, SummaryValue } from '../nlp/types';
import type { Span } from './quote';

/** The same sentence, wherever it stands: policies repeat sentences word for word in several sections. */
function sentenceKey(p: Pick<Practice, 'type' | 'sentence'>): string {
  return `${p.type}\u0000${p.sentence.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** Indexes of the first practice of each (type, sentence): what the panel lists, one item per sentence. */
export function firstOfEachSentence(practices: readonly Pick<Practice, 'type' | 'sentence'>[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  practices.forEach((p, i) => {
    const key = sentenceKey(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(i);
  });
  return out;
}

/**
 * One finding per sentence per type: a sentence that names one kind of data twice (or that the policy repeats
 * word for word in another section, as TikTok's US policy does) is one finding. Counts are of sentences. The
 * kept finding has the strongest stance of the sentence (an unconditional affirmation, then a conditional one,
 * then a denial) and the union of the evidence (of its first occurrence), conditions and purposes.
 */
export function oneFindingPerSentence<P extends Practice>(practices: readonly P[]): P[] {
  const strength = (p: Practice) => (p.stance === 'affirmed' ? (p.conditional ? 2 : 3) : 1);
  const byKey = new Map<string, P>();
  for (const p of practices) {
    const key = sentenceKey(p);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, { ...p, evidence: [...p.evidence], conditions: [...p.conditions], purposes: [...p.purposes] });
      continue;
    }
    const base = strength(p) > strength(kept) ? { ...p } : kept;
    const other = base === kept ? p : kept;
    const evidence = [...base.evidence];
    // Evidence of a repeat elsewhere in the document has other offsets: only the same occurrence's words join.
    const sameOccurrence = other.start === base.start;
    if (sameOccurrence) for (const e of other.evidence) if (!evidence.some((x) => x.start === e.start && x.end === e.end)) evidence.push(e);
    const conditions = [...base.conditions];
    for (const c of other.conditions) if (!conditions.some((x) => x.kind === c.kind)) conditions.push(c);
    const purposes = [...new Set([...base.purposes, ...other.purposes])];
    byKey.set(key, {
      ...base,
      evidence: evidence.sort((a, b) => a.start - b.start),
      conditions,
      purposes,
      ...(kept.identifier || p.identifier ? { identifier: true } : {}),
    });
  }
  return [...byKey.values()];
}

/** The stance a summary value stands for, and whether a practice says it. */
function matches(value: SummaryValue, p: Practice): boolean {
  const legacy = p.conditions.some((c) => c.kind === 'app-version');
  if (value === 'collects') return p.stance === 'affirmed' && !p.conditional && !legacy;
  if (value === 'may-collect') return p.stance === 'affirmed';
  if (value === 'denies') return p.stance === 'denied';
  return false;
}

/** The evidence behind a summary cell, and the weaker statement the other way, if the policy makes one. */
export interface CellBasis {
  practice: Practice;
  /** Evidence offsets relative to the practice's sentence. */
  evidence: Span[];
  /** A weaker statement of the other stance: its stance and the conditions it holds under. */
  contrary?: { stance: Stance; conditions: ConditionKind[] };
}

/**
 * The quote shown for a cell must say what the cell says: the practice the analyzer names in `basis`, else the
 * first practice of the type whose stance matches the value. When the policy also says the opposite under
 * conditions ("we do not… except older app versions, with your permission"), that is named in `contrary`.
 */
export function cellBasis(
  analysis: Pick<Analysis, 'practices' | 'summary'> & { basis?: Partial<Record<DataType, number>> },
  type: DataType,
): CellBasis | undefined {
  const value = analysis.summary[type];
  if (value === 'silent') return undefined;
  const named = analysis.basis?.[type];
  const fromBasis = named !== undefined ? analysis.practices[named] : undefined;
  const practice =
    fromBasis && fromBasis.type === type && matches(value, fromBasis)
      ? fromBasis
      : analysis.practices.find((p) => p.type === type && matches(value, p));
  if (!practice) return undefined;
  const evidence = practice.evidence.map((e) => ({ start: e.start - practice.start, end: e.end - practice.start }));
  const opposite = analysis.practices.filter((p) => p.type === type && p.stance !== practice.stance);
  if (opposite.length === 0) return { practice, evidence };
  const conditions = [...new Set(opposite.flatMap((p) => p.conditions.map((c) => c.kind)))];
  return { practice, evidence, contrary: { stance: opposite[0]!.stance, conditions } };
}
