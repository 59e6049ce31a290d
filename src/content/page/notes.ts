import { anchorQuote, type AnchorResult } from '../../core/annotation/anchor';
import { linkToPassage } from '../../core/annotation/fragment';
import { ANNO_CONTEXT, selectorsOf, type PolicyAnnotation } from '../../core/annotation/model';
import { describePassage, type TextPositionSelector, type TextQuoteSelector } from '../../core/annotation/selectors';
import type { DataType, Stance } from '../../core/nlp/types';
import type { PolicyText } from '../../core/text/policy-text';

/** An annotation of this page with where it anchored now. */
export interface AnchoredNote {
  annotation: PolicyAnnotation;
  anchor: AnchorResult;
}

export interface NoteInput {
  start: number;
  end: number;
  note: string;
  tags: string[];
  dataType?: DataType;
  stance?: Stance;
  /** The name the reader set in the options page ("me" when none). */
  creator?: string;
}

export const NOTE_LIMITS = { note: 5000, tags: 20, tag: 60 };

/** Re-anchors every stored annotation on the page's current text; none is dropped, orphans included. */
export function anchorNotes(annotations: PolicyAnnotation[], policy: PolicyText): AnchoredNote[] {
  return annotations.map((annotation) => {
    const selectors = selectorsOf(annotation);
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    return { annotation, anchor: quote ? anchorQuote(policy.text, quote, position) : { state: 'orphaned' } };
  });
}

const newId = () => `urn:uuid:${globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(16).slice(2)}`}`;

/** A reader's note on a passage, as a W3C Web Annotation. */
export function personNote(input: NoteInput, policy: PolicyText, url: string, now = new Date()): PolicyAnnotation {
  const at = now.toISOString();
  const bodies = [
    ...(input.note.trim()
      ? [
          {
            type: 'TextualBody' as const,
            purpose: 'commenting' as const,
            value: input.note.trim().slice(0, NOTE_LIMITS.note),
            format: 'text/plain' as const,
          },
        ]
      : []),
    ...input.tags
      .slice(0, NOTE_LIMITS.tags)
      .map((t) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value: t.slice(0, NOTE_LIMITS.tag) })),
  ];
  return {
    '@context': ANNO_CONTEXT,
    id: newId(),
    type: 'Annotation',
    motivation: 'commenting',
    created: at,
    modified: at,
    creator: { type: 'Person', name: input.creator?.trim().slice(0, 200) || 'me' },
    body: bodies,
    target: { source: url, selector: describePassage(policy.text, input.start, input.end) },
    policyLens: {
      provenance: 'person',
      ...(input.dataType ? { dataType: input.dataType } : {}),
      ...(input.stance ? { stance: input.stance } : {}),
    },
  };
}

/** A reader's verdict on a machine finding: confirmed, or disputed with a reason. */
export function reviewOf(
  finding: { start: number; end: number; type: DataType; stance: Stance },
  verdict: 'confirmed' | 'disputed',
  reason: string,
  policy: PolicyText,
  url: string,
  analyzer: string,
  now = new Date(),
): PolicyAnnotation {
  const at = now.toISOString();
  return {
    '@context': ANNO_CONTEXT,
    id: newId(),
    type: 'Annotation',
    motivation: 'assessing',
    created: at,
    modified: at,
    creator: { type: 'Person', name: 'me' },
    body: reason.trim()
      ? [
          {
            type: 'TextualBody',
            purpose: 'assessing',
            value: reason.trim().slice(0, NOTE_LIMITS.note),
            format: 'text/plain',
          },
        ]
      : [],
    target: { source: url, selector: describePassage(policy.text, finding.start, finding.end) },
    policyLens: { provenance: 'machine', analyzer, dataType: finding.type, stance: finding.stance, review: verdict },
  };
}

export function noteText(a: PolicyAnnotation): string {
  const bodies = Array.isArray(a.body) ? a.body : a.body ? [a.body] : [];
  return bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value).join('\n');
}

export function tagsOf(a: PolicyAnnotation): string[] {
  const bodies = Array.isArray(a.body) ? a.body : a.body ? [a.body] : [];
  return bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
}

export function withNoteText(a: PolicyAnnotation, text: string, now = new Date()): PolicyAnnotation {
  const bodies = (Array.isArray(a.body) ? a.body : a.body ? [a.body] : []).filter((b) => b.purpose === 'tagging');
  const comment = text.trim()
    ? [
        {
          type: 'TextualBody' as const,
          purpose: 'commenting' as const,
          value: text.trim().slice(0, NOTE_LIMITS.note),
          format: 'text/plain' as const,
        },
      ]
    : [];
  return { ...a, modified: now.toISOString(), body: [...comment, ...bodies] };
}

export function passageLink(url: string, policy: PolicyText, anchored: AnchoredNote): string | undefined {
  const { start, end } = anchored.anchor;
  return start === undefined || end === undefined ? undefined : linkToPassage(url, policy.text, start, end);
}
