import type { Practice, SentencePractice } from '../core/nlp';

/** The JSON of one practice as `classify` prints it; `analyze` adds where it stands. */
export function practiceJson(p: SentencePractice) {
  return {
    type: p.type,
    stance: p.stance,
    ...(p.identifier !== undefined ? { identifier: p.identifier } : {}),
    ...(p.conditional ? { conditional: true } : {}),
    action: p.action,
    modality: p.modality,
    conditions: p.conditions,
    purposes: p.purposes,
    ...(p.scope ? { scope: p.scope } : {}),
  };
}

/** The JSON shape of one practice: classify's fields plus where it stands in the document. */
export function documentPracticeJson(p: Practice) {
  return {
    ...practiceJson(p),
    actor: p.actor,
    ...(p.source ? { source: p.source } : {}),
    start: p.start,
    end: p.end,
    sentence: p.sentence,
    section: p.section,
    evidence: p.evidence,
  };
}
