// compromise/one less the plugins the analyzer never reaches: cache, lookup, typeahead and sweep (see README,
// "The analyzer chunk"). Same plugins otherwise, in the order compromise/one extends them.
import nlp from '../../node_modules/compromise/src/nlp.js';
import change from '../../node_modules/compromise/src/1-one/change/plugin.js';
import contractions from '../../node_modules/compromise/src/1-one/contraction-one/plugin.js';
import freeze from '../../node_modules/compromise/src/1-one/freeze/plugin.js';
import lexicon from '../../node_modules/compromise/src/1-one/lexicon/plugin.js';
import match from '../../node_modules/compromise/src/1-one/match/plugin.js';
import output from '../../node_modules/compromise/src/1-one/output/plugin.js';
import pointers from '../../node_modules/compromise/src/1-one/pointers/plugin.js';
import tag from '../../node_modules/compromise/src/1-one/tag/plugin.js';
import tokenize from '../../node_modules/compromise/src/1-one/tokenize/plugin.js';

nlp.extend(change);
nlp.extend(output);
nlp.extend(match);
nlp.extend(pointers);
nlp.extend(tag);
nlp.plugin(contractions);
nlp.extend(tokenize);
nlp.extend(freeze);
nlp.extend(lexicon);

export default nlp;
