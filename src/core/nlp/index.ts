/**
 * The analyzer as the extension ships it: what its background, page and comparison code use (`analyzePolicy`,
 * `summarize`, `splitSentences`, the types), so the module this entry builds (`npm run bench`'s analyzer figure)
 * is what a user downloads. `classifyText`, the CLI's and the evaluation's reading of a short text on its own, is
 * imported from './text' where it is used: the extension never loaded it.
 */
export { analyzePolicy, summarize, SECTION_SEPARATOR, type AnalyzeOptions } from './analyze';
export { classifySentence } from './classify';
export { splitSentences } from './sentences';
export * from './types';
