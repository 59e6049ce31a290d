// @ts-expect-error generated plain JavaScript, no declarations
import generatedValidator from './validator.generated.js';
import type { AnnotationCollection } from './model';

/** Limits for imported files: generous for real collections, small enough that a hostile file cannot hurt. */
export const LIMITS = { fileBytes: 5 * 1024 * 1024, items: 5000, text: 20_000, quote: 10_000, context: 256 };

const selector = {
  oneOf: [
    {
      type: 'object',
      required: ['type', 'exact'],
      properties: {
        type: { const: 'TextQuoteSelector' },
        exact: { type: 'string', minLength: 1, maxLength: LIMITS.quote },
        prefix: { type: 'string', maxLength: LIMITS.context },
        suffix: { type: 'string', maxLength: LIMITS.context },
      },
    },
    {
      type: 'object',
      required: ['type', 'start', 'end'],
      properties: { type: { const: 'TextPositionSelector' }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
    },
    // Other selector types (CSS, XPath, range) are allowed and ignored.
    {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', not: { enum: ['TextQuoteSelector', 'TextPositionSelector'] } } },
    },
  ],
};
const body = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', maxLength: 64 },
    value: { type: 'string', maxLength: LIMITS.text },
    purpose: { type: 'string', maxLength: 64 },
  },
};
const annotation = {
  type: 'object',
  required: ['id', 'type', 'target'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 2048 },
    type: { const: 'Annotation' },
    created: { type: 'string', maxLength: 64 },
    modified: { type: 'string', maxLength: 64 },
    body: { oneOf: [body, { type: 'array', maxItems: 100, items: body }] },
    target: {
      oneOf: [
        { type: 'string', maxLength: 2048 },
        {
          type: 'object',
          required: ['source'],
          properties: {
            source: { type: 'string', maxLength: 2048 },
            selector: { oneOf: [selector, { type: 'array', maxItems: 20, items: selector }] },
          },
        },
      ],
    },
    policyLens: {
      type: 'object',
      properties: {
        provenance: { enum: ['machine', 'person'] },
        dataType: { enum: ['face', 'voice', 'biometric', 'location.precise', 'location.approximate', 'location'] },
        stance: { enum: ['affirmed', 'denied'] },
        review: { enum: ['confirmed', 'disputed'] },
        reason: { type: 'string', maxLength: LIMITS.text },
      },
    },
  },
};
export const SCHEMA = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { const: 'AnnotationCollection' },
    first: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: LIMITS.items, items: annotation } } },
    items: { type: 'array', maxItems: LIMITS.items, items: annotation },
  },
  anyOf: [{ required: ['first'] }, { required: ['items'] }],
};

/**
 * The compiled schema check. Extension pages forbid eval, which Ajv's compiler uses; so the check is compiled
 * ahead of time (scripts/gen-validator.ts writes validator.generated.js, a test keeps it current) and used
 * everywhere, in the CLI as in the extension.
 */
const check = generatedValidator as unknown as ((data: unknown) => boolean) & {
  errors?: { instancePath?: string; message?: string }[] | null;
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could poison an object's prototype if the data were ever merged into one. */
function forbiddenKeys(value: unknown, path = '', out: string[] = [], depth = 0): string[] {
  if (depth > 64) {
    out.push(`${path || '/'}: nested too deeply`);
    return out;
  }
  if (Array.isArray(value)) value.forEach((v, i) => forbiddenKeys(v, `${path}/${i}`, out, depth + 1));
  else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) out.push(`${path}/${key}: key not allowed`);
      else forbiddenKeys((value as Record<string, unknown>)[key], `${path}/${key}`, out, depth + 1);
    }
  }
  return out;
}

/** An absolute IRI: a scheme, then no spaces (W3C Web Annotation ids are IRIs, e.g. urn:uuid:… or https:…). */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;

function isIri(value: string): boolean {
  if (!IRI.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isWebAddress(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * What the schema cannot say, checked the same way for the CLI and the popup (issue 12, items 4 and 6): ids are
 * IRIs and unique in the file, targets are web addresses (a target such as "toString" or "__proto__" named an
 * object's own machinery when merged), and dates parse.
 */
function semanticProblems(items: AnnotationCollection['items']): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  (items ?? []).forEach((a, i) => {
    const at = `/items/${i}`;
    if (!isIri(a.id)) problems.push(`${at}/id: not an IRI (such as urn:uuid:… or https://…)`);
    else if (seen.has(a.id)) problems.push(`${at}/id: duplicate id ${a.id.slice(0, 80)}`);
    seen.add(a.id);
    const source = typeof a.target === 'string' ? a.target : a.target.source;
    if (!isWebAddress(source)) problems.push(`${at}/target: not an http(s) address`);
    for (const field of ['created', 'modified'] as const) {
      const value = a[field];
      if (value !== undefined && Number.isNaN(Date.parse(value))) problems.push(`${at}/${field}: not a date`);
    }
  });
  return problems;
}

/** Parses and checks an annotation file; every problem is named with its place. Nothing is trusted before this. */
export function validateCollection(text: string): { ok: true; value: AnnotationCollection } | { ok: false; problems: string[] } {
  if (text.length > LIMITS.fileBytes) return { ok: false, problems: [`file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`] };
  let data: unknown;
  try {
    // A byte-order mark (as some editors save JSON) is not part of the JSON text.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [`not JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  // A single annotation or a bare list (as other tools export them) is a collection of its own.
  if (Array.isArray(data)) data = { type: 'AnnotationCollection', items: data };
  else if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'Annotation') {
    data = { type: 'AnnotationCollection', items: [data] };
  }
  const problems = forbiddenKeys(data);
  if (!check(data)) {
    for (const err of check.errors ?? []) problems.push(`${err.instancePath || '/'}: ${err.message ?? 'invalid'}`);
  } else if (problems.length === 0) {
    const c = data as AnnotationCollection;
    problems.push(...semanticProblems(c.first?.items ?? c.items).map((p) => (c.first ? `/first${p}` : p)));
  }
  return problems.length ? { ok: false, problems: [...new Set(problems)] } : { ok: true, value: data as AnnotationCollection };
}
