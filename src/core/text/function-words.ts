import { rx } from './pattern';

/**
 * English function words found in most sentences: articles and determiners, possessives, pronouns, prepositions,
 * conjunctions, relative words, auxiliaries and negations, space-separated. Two closed word lists are built on them:
 * the prefilter's common words (required-literals.ts) and the words that can follow a noun phrase's head
 * (nlp/head.ts); each adds its own. Written as `rx` pieces, as those lists are, so that the build packs them with the
 * patterns (a plain string ships as it is); a piece is its text as written.
 */
export const FUNCTION_WORDS =
  rx`a an the this that these those any some such your our their we you they it us ` +
  rx`of to in on at by for from with without about like including as than and or nor if when where which who whom ` +
  rx`is are was were be been has have had do does did may might can could will would should not no`;
