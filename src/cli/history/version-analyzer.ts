import { normalizeSentence } from '../../core/compare/normalize';
import { digestOf, type VersionDigest } from '../../core/history';
import { analyzePolicy } from '../../core/nlp';
import { SENTENCE_PASSES, type SentencePasses } from '../../core/nlp/text';
import type { SentencePractice } from '../../core/nlp/types';
import { extractPolicyText } from '../../dom/extract';
import { parseDocument } from '../load';
import { ChunkCache, markdownPolicyText } from './markdown-text';
import type { SourceFormat } from './sources';

const MAX_SENTENCES = 200_000;

/**
 * The analyzer's sentence passes, memoised: successive versions of a policy share almost every sentence, and
 * both passes depend only on the sentence (and its context). Each call gets its own copy of the claims, since
 * the analyzer rewrites a claim in place when a later sentence says the data stays on the device.
 */
export function memoisedPasses(): SentencePasses {
  const candidates = new Map<string, boolean>();
  const claims = new Map<string, SentencePractice[]>();
  return {
    isCandidate(sentence) {
      let found = candidates.get(sentence);
      if (found === undefined) {
        found = SENTENCE_PASSES.isCandidate(sentence);
        if (candidates.size >= MAX_SENTENCES) candidates.clear();
        candidates.set(sentence, found);
      }
      return found;
    },
    classify(sentence, context) {
      const key = `${JSON.stringify(context)}\u0000${sentence}`;
      let found = claims.get(key);
      if (!found) {
        found = SENTENCE_PASSES.classify(sentence, context);
        if (claims.size >= MAX_SENTENCES) claims.clear();
        claims.set(key, found);
      }
      return found.length ? structuredClone(found) : [];
    },
  };
}

/** normalizeSentence, remembered: hashing a version's sections normalises every sentence it has. */
function memoisedNormalize(): (sentence: string) => string {
  const cache = new Map<string, string>();
  return (sentence) => {
    let n = cache.get(sentence);
    if (n === undefined) {
      n = normalizeSentence(sentence);
      if (cache.size >= MAX_SENTENCES) cache.clear();
      cache.set(sentence, n);
    }
    return n;
  };
}

/** Reads versions one after another with caches that make the next version of the same document cheap. */
export function versionAnalyzer(analyzerVersion: string) {
  const chunks = new ChunkCache();
  const passes = memoisedPasses();
  const normalize = memoisedNormalize();
  return (text: string, format: SourceFormat): VersionDigest => {
    let policy;
    if (format === 'markdown') policy = markdownPolicyText(text, chunks);
    else {
      const document = parseDocument(text, 'html');
      policy = extractPolicyText(document.body ?? document.documentElement).policyText;
    }
    return digestOf(policy, analyzePolicy(policy, { passes }), analyzerVersion, { normalize });
  };
}
