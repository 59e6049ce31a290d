import { findMentions } from '../src/core/nlp/mentions';
import { nonClaimReason } from '../src/core/nlp/claim';
import { clausesOf } from '../src/core/nlp/language';
import { classifySentence } from '../src/core/nlp/classify';
const s = process.argv[2]!;
console.log(nonClaimReason(s), findMentions(s).map((m) => [m.term.id, m.text]), clausesOf(s).map(c => [c.text, c.negations]), classifySentence(s));
