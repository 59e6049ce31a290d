/**
 * Annotations as the W3C Web Annotation Data Model has them (https://www.w3.org/TR/annotation-model/), with the
 * few Policy Lens fields (data type, stance, review, provenance) under `policyLens`. Plain JSON: stored and
 * shared as selectors, never as DOM objects.
 */
import type { DataType, Stance } from '../nlp/types';
import type { Selector } from './selectors';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose?: 'commenting' | 'tagging' | 'assessing' | 'describing';
  format?: 'text/plain';
}

export interface PolicyAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation?: string;
  created?: string;
  modified?: string;
  creator?: { type?: string; name?: string } | string;
  body?: TextualBody | TextualBody[];
  target: { source: string; selector: Selector | Selector[] } | string;
  policyLens?: {
    provenance: 'machine' | 'person';
    analyzer?: string;
    dataType?: DataType;
    stance?: Stance;
    review?: 'confirmed' | 'disputed';
    reason?: string;
  };
}

export interface AnnotationCollection {
  '@context': string | unknown[];
  type: 'AnnotationCollection';
  label?: string;
  total?: number;
  first?: { type: 'AnnotationPage'; items: PolicyAnnotation[] };
  items?: PolicyAnnotation[];
}

export function collection(items: PolicyAnnotation[], label: string): AnnotationCollection {
  return { '@context': ANNO_CONTEXT, type: 'AnnotationCollection', label, total: items.length, first: { type: 'AnnotationPage', items } };
}

export function itemsOf(c: AnnotationCollection): PolicyAnnotation[] {
  return c.first?.items ?? c.items ?? [];
}

export function selectorsOf(a: PolicyAnnotation): Selector[] {
  if (typeof a.target === 'string') return [];
  const s = a.target.selector;
  return Array.isArray(s) ? s : [s];
}
