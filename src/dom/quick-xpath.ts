/** The parts of QUICK_XPATH (dom/quick-signals.ts), named: its unit test checks the literal there is this string. */
import { HEADING_CHARS, QUICK_SAMPLE_CHARS, SELF_RELS } from './quick-signals';

const lowerRel = "translate(@rel, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
const relHas = (token: string) => `contains(concat(' ', normalize-space(${lowerRel}), ' '), ' ${token} ')`;
/** The first `link` whose `rel` holds one of SELF_RELS (ASCII case-insensitive, as `~=` is for `rel` in HTML). */
const SELF_LINK = `(//link[${SELF_RELS.map(relHas).join(' or ')}])[1]`;
/**
 * The sample's root: the first `main`, else the body. Not `[role=main]`: an attribute test on every element makes
 * Blink's XPath build an `Attr` node per attribute (~0.15 ms on a news article, cost.spec.ts's probes).
 */
const SAMPLE_ROOT = '(//main | /html/body[not(//main)])[1]';

/**
 * Stage 1 and stage 2 in one XPath string, parts separated by a line feed (none can hold one: normalize-space
 * removes them, and the href loses tab, CR and LF as the URL parser would): the first `h1`'s text; '1' and the
 * self link's href when there is one with an href, else '0'; the sample: the root's text (every text node under
 * it, script and link text too), its first QUICK_SAMPLE_CHARS characters, whitespace collapsed. The string value
 * of the root is built whole in C++ before it is cut (~25 ms on a 10 MB page, printed by cost.spec.ts; stage 1's
 * `//h1` walks the whole tree as well), which the one call saves on every ordinary page.
 */
export const QUICK_XPATH_FROM_PARTS =
  `concat(normalize-space(substring((//h1)[1], 1, ${HEADING_CHARS})), '\n', ` +
  `count(${SELF_LINK}/@href), translate(${SELF_LINK}/@href, '\t\n\r', ''), '\n', ` +
  `normalize-space(substring(${SAMPLE_ROOT}, 1, ${QUICK_SAMPLE_CHARS})))`;
