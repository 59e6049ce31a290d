/**
 * Head nouns and modifiers: a data word that modifies another noun names that noun, not the data. "Audio" is
 * voice data, "audio call usage data" is usage data about calls, "audio quality settings" are settings;
 * "biometric data" is biometric, "biometric technology" and "biometric locks" are not. Whether the next word is
 * another noun is read from closed word classes (the words that can follow a noun phrase's head: prepositions,
 * conjunctions, auxiliaries, pronouns, relative words, adverbs, the verb lexicon) — an open-class word after the
 * data word is the head it modifies. Constant work per mention (one short slice, one anchored pattern).
 */
import { verbKind } from './verbs';
import { cased, charsAfter, re, rx } from '../text/pattern';
import { FUNCTION_WORDS } from '../text/function-words';

/** Words that can follow the head of a noun phrase (written as `rx` pieces, as FUNCTION_WORDS is, for the build to pack). */
const AFTER_HEAD = new Set(
  (
    rx`${FUNCTION_WORDS} but within into onto over under between through during via per e.g. i.e. etc. being shall ` +
    // Prepositions of place: "records audio inside the vehicle" (the audio is the head).
    rx`inside outside around across throughout near behind beyond upon along ` +
    rx`must whose while unless because so he she them all each other also only even ever never more less that's s itself themselves flows travels travel passes ` +
    // Adverbs of place and time without "-ly": "does not transmit your audio anywhere", "keeps your voice offline".
    rx`anywhere everywhere somewhere nowhere elsewhere again later offline online locally ` +
    // Subordinating words and prepositions of time, which start a clause or phrase of their own: "captures audio after it
    // hears the wake word", "stores audio until you delete it".
    rx`after before since until till whenever wherever whether once against among amongst except though although whereas then there here too either neither every`
  ).split(' '),
);

// Past "personal", which names no head of its own: "biometric personal data" is data.
const NEXT_WORD = cased(rx`^[\s"'“”]*(?:personal\s+)?([A-Za-z][\w'-]*)`);
/** An adjective by its ending: electronic, visual, similar, sensory, olfactory, thermal. */
// Not a data word itself: "audio and biometric data" are two kinds of data, not one category.
const ADJECTIVE = rx`(?!(?:biometric|facial|genetic|geographic|vocal)\b)[a-z]+(?:al|ic|ar|ory|ive)`;
/**
 * Modifiers coordinated before one head noun: "audio, electronic, visual or similar information" names
 * information, as "audio and visual content" names content ("audio and video" are two nouns: not matched).
 */
const GENERIC_HEAD = re(rx`^(?:information|data|content|materials?|media)$`);
const COORDINATED_MODIFIERS = re(
  rx`^(?:\s*,\s*${ADJECTIVE})*\s*,?\s+(?:and|or|and\/or)\s+${ADJECTIVE}\s+([a-z]+)`,
);

/**
 * Nouns coordinated before one head that names an offering: "voice, text, and data services", "voice and data plans"
 * name services and plans. Only such a head: before a data noun the coordinated words are items of their own ("your
 * voice, photos, and location data").
 */
const COORDINATED_NOUNS_OF_OFFERING = re(
  // The last of them a noun of its own, not "other features" or "similar services" (a list of things, then a kind).
  rx`^(?:\s*,\s*[a-z]+){0,3}\s*,?\s+(?:and|or|and\/or|&)\s+(?!(?:other|such|similar|related|any|all|more)\b)[a-z]+\s+` +
    rx`(services|plans|packages|minutes|bundles|subscriptions)\b`,
);

/** Whether the word ending at `end` is one of nouns coordinated before an offering: "voice, text, and data services". */
export const modifiesAnOffering = (sentence: string, end: number): boolean =>
  COORDINATED_NOUNS_OF_OFFERING.test(charsAfter(sentence, end, 80));

/** A second noun after a slash, once: "/video" in "audio/video recordings". */
const SLASHED_ALTERNATIVE = cased(rx`^\/[A-Za-z]+(?=[\s,;:.)]|$)`);

/**
 * The open-class word right after [.., end) that the data word modifies, lower-cased; undefined when the data
 * word is the head (followed by punctuation, the end, or a closed-class word).
 */
export function modifiedHead(sentence: string, end: number): string | undefined {
  const coordinated = COORDINATED_MODIFIERS.exec(charsAfter(sentence, end, 80));
  // Among other modifiers of a generic head, the data word names a category of media ("audio, electronic,
  // visual or similar information", as in US state-law notices), not the data itself: no head it may modify.
  if (coordinated) return GENERIC_HEAD.test(coordinated[1]!) ? 'category' : coordinated[1]!.toLowerCase();
  const after = charsAfter(sentence, end, 40);
  // A slash between two nouns offers either before one head: "audio/video recordings" are recordings, "face/voice
  // data" is data, and "audio/video and transcript data" has no head after the pair (audio is one of the items).
  const alternative = SLASHED_ALTERNATIVE.exec(after);
  if (alternative) return modifiedHead(sentence, end + alternative[0].length);
  // A hyphen joins a compound ("audio-visual"): the next part is read as the word.
  const m = NEXT_WORD.exec(after.replace(/^-/, ' '));
  if (!m || /^[\s"'“”]*[,;:.()[\]]/.test(after)) return undefined;
  // A closing single quote is no part of the word: "referred to as 'biometric information'".
  const word = m[1]!.replace(/'+$/, '').toLowerCase();
  if (AFTER_HEAD.has(word) || /ly$/.test(word) || verbKind(word) !== undefined) return undefined;
  return word;
}
