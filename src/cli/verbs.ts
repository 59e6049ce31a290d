import type { Verb } from './io';

export interface VerbEntry {
  summary: string;
  /** Loaded on use, so `--version` and `--help` never load the analyzer and its dependencies. */
  load: () => Promise<Verb>;
}

/** The commands, one line each: a verb is one file under verbs/ and one row here. */
export const VERBS: Record<string, VerbEntry> = {
  detect: {
    summary: 'say whether a page is a privacy policy, cookie policy, terms, or none',
    load: async () => (await import('./verbs/detect')).detectVerb,
  },
  analyze: {
    summary: 'what a policy lets the company collect about your face, voice, biometrics and location',
    load: async () => (await import('./verbs/analyze')).analyzeVerb,
  },
  classify: {
    summary: 'classify sentences read as JSON lines {"id", "text"} on stdin',
    load: async () => (await import('./verbs/classify')).classifyVerb,
  },
  compare: {
    summary: 'how regional versions of a policy differ (or the regional parts of one page)',
    load: async () => (await import('./verbs/compare')).compareVerb,
  },
  annotations: {
    summary: 'check annotation files, re-anchor them on another version, export machine findings',
    load: async () => (await import('./verbs/annotations')).annotationsVerb,
  },
  history: {
    summary: 'what changed, and when, in the face, voice, biometric and location terms of an archive of policy versions',
    load: async () => (await import('./verbs/history')).historyVerb,
  },
};
