export { analyzePolicy, summarize, SECTION_SEPARATOR, type AnalyzeOptions } from './analyze';
export { classifySentence } from './classify';
export { classifyText } from './text';
export { splitSentences } from './sentences';
export * from './types';
