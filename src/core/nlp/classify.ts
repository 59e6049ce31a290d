import { nonClaimReason } from './claim';
import { clausesOf, type Clause } from './language';
import { findMentions, type Mention } from './mentions';
import type { Action, Actor, Condition, DataType, Modality, RegionScope, SentencePractice, Source, Stance } from './types';
import {
  ACTION_CUES,
  CONDITION_CUES,
  NEGATED_CONDITION_SOURCE,
  ON_DEVICE_SOURCE,
  PROCESSING_VERBS_SOURCE,
  PURPOSE_CUES,
  REGION_CUES,
  SCOPE_LEAD_SOURCE,
  SOURCE_CUES,
  THIRD_PARTY_ACTOR_SOURCE,
} from './vocabulary';

const re = (source: string, flags = 'i') => new RegExp(source, flags);
const PROCESSING_AFTER_NEGATION = re(String.raw`^[\w'’]*\s*(?:(?:\w+ly|also|even|ever|any longer|directly|generally|knowingly|intentionally|otherwise)\s+)*(?:be\s+)?(?:able to\s+)?(?:${PROCESSING_VERBS_SOURCE})\w*`);
const FURTHER_ONLY = /^[\w'’]*\s*(?:\w+ly\s+)?(?:sell|share|disclose|rent|trade|transfer)\w*(?:\s+(?:or|and)\s+(?:sell|share|disclose|rent|trade|transfer)\w*)*\b/i;
const PASSIVE_DENIAL = re(String.raw`^[^,;]{0,80}?\b(?:is|are|was|were|will be|would be)\s+(?:not|never)\s+(?:\w+ly\s+)?(?:collected|used|stored|processed|retained|kept|received|obtained|created|extracted|accessed)\b`);
const NEGATED_CONDITION = re(NEGATED_CONDITION_SOURCE);
const ON_DEVICE = re(ON_DEVICE_SOURCE);
const NEGATIVE_CONDITION_LEAD = /^(?:even )?(?:if|when|where|once)\b[^,]*\b(?:not|off|disabled?|don'?t|do not|turned off)\b[^,]*,/i;
const CONDITION_CLAUSE = /^\W*(?:even )?(?:if|when|where|once|unless)\b/i;
const IDENTIFIER_CONTEXT = /\btemplates?\b|\bauthenticat\w*|\bidentify (?:you|users|individuals|specific)|\bverify (?:your |their )?identity|\bidentity verification|\brecogni[sz]e you\b|\bstored template\b|\bcompare (?:your|the) face/i;
const NEGATED_IDENTIFICATION = /(?:\bnot|n't|\bnever)\b[^.,;]{0,30}\b(?:identify|recogni[sz]e)\b/i;
const AGE_ESTIMATION = /\bestimat\w* (?:your |their |a user'?s? )?age\b|\bage estimation\b/i;
const GENERIC_KEPT = /\bother biometric|\bbiometrics?["”']? or\b|\bor (?:other )?["“']?biometric/i;
/** A condition that itself says the company collects: "if you permit us to collect…", "a version that allowed for collection of…". */
/** "if you do not permit us to collect your location": collection on permission, whatever the negation. */
const PERMISSION_TO_PROCESS = /\b(?:permit|allow|let|authori[sz]e) us to (?:collect|use|access|scan|record|process)\b/i;
const NEGATIVE_CONDITION = /\b(?:not|n't|off|disabled?|never)\b/i;
const MODAL_MAY = /\b(?:may|might|can|could)\b/i;
const SCOPE_LEAD = re(SCOPE_LEAD_SOURCE);
const THIRD_PARTY = re(THIRD_PARTY_ACTOR_SOURCE);
const FIRST_PROCESSING = re(String.raw`\b(?:${PROCESSING_VERBS_SOURCE}|shares?|disclos\w*|sells?)\b`);

const compileCues = <T>(cues: { value: T; source: string }[]) => cues.map((c) => ({ value: c.value, re: re(c.source, 'gi') }));
const conditionCues = compileCues(CONDITION_CUES);
const purposeCues = compileCues(PURPOSE_CUES);
const actionCues = compileCues(ACTION_CUES);
const sourceCues = compileCues(SOURCE_CUES);
const regionCues = compileCues(REGION_CUES);

type MentionStance = Stance | 'conditional' | 'none';

/** Whether one mention is affirmed, denied, affirmed on a condition, or only the object of a further action. */
function stanceOf(sentence: string, mention: Mention, clauses: Clause[]): MentionStance {
  const clause = clauses.find((c) => mention.start >= c.start && mention.start < c.end) ?? clauses[clauses.length - 1]!;
  // A negation inside a condition ("if you do not permit us…") conditions the claim; it does not deny it.
  // A mention inside a condition ("if you choose to enable location services, we collect…") names the
  // condition, not the claim, unless the condition itself says the company collects.
  // A feature or permission named in a condition ("if you enable face grouping…", "when you permit us to scan
  // your face geometry") implies the processing on that condition; a negative condition ("even if you do not
  // use precise location features…") implies nothing.
  if (CONDITION_CLAUSE.test(clause.text.trim())) {
    return NEGATIVE_CONDITION.test(clause.text) && !PERMISSION_TO_PROCESS.test(clause.text) ? 'none' : 'conditional';
  }
  let denied = false;
  let furtherOnly = false;
  for (const n of [...clause.negations].reverse()) {
    if (n >= mention.start) continue;
    const after = sentence.slice(n, mention.start);
    const afterWord = after.replace(/^\S*\s*/, '');
    const direct = mention.start - n <= 25 && !/[,;:]/.test(after);
    if (FURTHER_ONLY.test(after.replace(/^(?:not|never|n't|no)\s+/i, '')) || FURTHER_ONLY.test(afterWord)) {
      furtherOnly = true;
      break;
    }
    if (PROCESSING_AFTER_NEGATION.test(after.replace(/^(?:not|never|n't|no|cannot)\s*/i, '')) || direct) {
      denied = true;
      break;
    }
  }
  if (!denied && !furtherOnly && PASSIVE_DENIAL.test(sentence.slice(mention.end, clause.end))) denied = true;
  // Kept on the device: the company does not get it, however the device uses it.
  if (!denied && ON_DEVICE.test(sentence)) return 'denied';
  if (!denied && /\bN\/A\b/.test(sentence)) denied = true;
  // "…data used for this activity": the data is used, whatever else is denied of it.
  if (denied && /^\s*(?:that (?:is|was) |which (?:is|was) |we )?(?:used|collected|processed)\b/i.test(sentence.slice(mention.end))) return 'affirmed';
  if (denied && (NEGATED_CONDITION.test(sentence) || NEGATIVE_CONDITION_LEAD.test(sentence))) return 'conditional';
  if (denied) return 'denied';
  if (furtherOnly) return 'none';
  return 'affirmed';
}

function conditionsOf(sentence: string): Condition[] {
  const out: Condition[] = [];
  for (const { value, re: r } of conditionCues) {
    r.lastIndex = 0;
    const m = r.exec(sentence);
    if (m && !out.some((c) => c.kind === value)) out.push({ kind: value, text: m[0] });
  }
  return out;
}

function allCues<T>(sentence: string, cues: { value: T; re: RegExp }[]): T[] {
  return cues.filter(({ re: r }) => {
    r.lastIndex = 0;
    return r.test(sentence);
  }).map((c) => c.value);
}

function nearestAction(sentence: string, at: number): Action {
  let best: { action: Action; distance: number } | undefined;
  for (const { value, re: r } of actionCues) {
    r.lastIndex = 0;
    for (const m of sentence.matchAll(r)) {
      const distance = m.index <= at ? at - m.index : (m.index - at) * 2;
      if (!best || distance < best.distance) best = { action: value, distance };
    }
  }
  return best?.action ?? 'collect';
}

/** The region a sentence limits itself to ("If you are in the EEA, …", "California residents …"). */
export function regionOf(text: string, needsLead: boolean): RegionScope | undefined {
  if (needsLead && !SCOPE_LEAD.test(text)) return undefined;
  for (const { value, re: r } of regionCues) {
    r.lastIndex = 0;
    if (r.test(text)) return value;
  }
  return undefined;
}

export interface SentenceContext {
  /** The region the sentence's section is limited to, from its headings. */
  scope?: RegionScope;
}

/** One claim per data type that the sentence makes; [] for a sentence that makes none. */
export function classifySentence(raw: string, context: SentenceContext = {}): SentencePractice[] {
  // Typographic apostrophes become plain ones (same length, so offsets hold).
  const sentence = raw.replace(/[’‘]/g, "'");
  if (nonClaimReason(sentence)) return [];
  const mentions = findMentions(sentence);
  if (mentions.length === 0) return [];
  const clauses = clausesOf(sentence);

  const byType = new Map<DataType, { mention: Mention; stance: MentionStance }[]>();
  for (const mention of mentions) {
    const list = byType.get(mention.type) ?? [];
    list.push({ mention, stance: stanceOf(sentence, mention, clauses) });
    byType.set(mention.type, list);
  }

  // A generic term yields to a named kind: "biometric information, such as faceprints" is about faces.
  const faceOrVoiceIdentifier = mentions.some((m) => (m.type === 'face' || m.type === 'voice') && m.term.identifier);
  const biometric = byType.get('biometric');
  if (biometric && faceOrVoiceIdentifier && biometric.every((b) => b.mention.term.generic) && !GENERIC_KEPT.test(sentence)) {
    byType.delete('biometric');
  }
  if (byType.has('location') && (byType.has('location.precise') || byType.has('location.approximate'))) byType.delete('location');

  const conditions = conditionsOf(sentence);
  const purposes = allCues(sentence, purposeCues);
  const source = allCues(sentence, sourceCues)[0] as Source | undefined;
  const modality: Modality = MODAL_MAY.test(sentence) ? 'may' : 'will';
  const firstVerb = FIRST_PROCESSING.exec(sentence)?.index ?? sentence.length;
  const thirdParty = THIRD_PARTY.exec(sentence);
  const actor: Actor = thirdParty && thirdParty.index < firstVerb ? 'third-party' : 'first-party';
  const scope = regionOf(sentence, true) ?? context.scope;
  const identifierContext = IDENTIFIER_CONTEXT.test(sentence) && !NEGATED_IDENTIFICATION.test(sentence);
  const ageEstimation = AGE_ESTIMATION.test(sentence);

  const practices: SentencePractice[] = [];
  for (const [type, list] of byType) {
    const affirmed = list.filter((x) => x.stance === 'affirmed' || x.stance === 'conditional');
    const denied = list.filter((x) => x.stance === 'denied');
    const chosen = affirmed.length > 0 ? affirmed : denied;
    if (chosen.length === 0) continue;
    const stance: Stance = affirmed.length > 0 ? 'affirmed' : 'denied';
    const conditional = stance === 'affirmed' && (affirmed.some((x) => x.stance === 'conditional') || conditions.some((c) => c.kind !== 'legal-requirement'));
    const practice: SentencePractice = {
      type,
      stance,
      conditions: stance === 'affirmed' ? conditions : [],
      action: nearestAction(sentence, chosen[0]!.mention.start),
      modality,
      actor,
      purposes,
      evidence: chosen.map(({ mention }) => ({ text: mention.text, start: mention.start, end: mention.end })),
    };
    if (type === 'face' || type === 'voice') {
      const named = chosen.some((x) => x.mention.term.identifier);
      practice.identifier = !ageEstimation && (named || (stance === 'affirmed' && identifierContext));
      if (NEGATED_IDENTIFICATION.test(sentence) && !chosen.some((x) => x.mention.term.identifier)) practice.identifier = false;
    }
    if (conditional) practice.conditional = true;
    if (source) practice.source = source;
    if (scope) practice.scope = scope;
    practices.push(practice);
  }
  return practices;
}

/**
 * "Such data does not leave your device": a sentence with no mention of its own that keeps the previous
 * sentence's data on the device denies that the company receives it.
 */
export function refersBackOnDevice(sentence: string): boolean {
  return /^(?:such|this|these|that|the) (?:data|information|processing)\b/i.test(sentence) && ON_DEVICE.test(sentence.replace(/[’‘]/g, "'"));
}

/** Turns an affirmed practice into a denial (for a following on-device sentence). */
export function denyBack(practice: SentencePractice): void {
  if (practice.stance !== 'affirmed') return;
  practice.stance = 'denied';
  practice.conditions = [];
  delete practice.conditional;
}
