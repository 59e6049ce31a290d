import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../test/unit/fixtures';
import { extractPolicyText } from './extract';
import { rawOffsetAt, walkBlocks, type WalkedBlock } from './walk';
import { growthRatio, LINEAR_BOUND } from '../../test/unit/scaling';

const body = (html: string) => htmlDocument(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;

describe('extractPolicyText', () => {
  it('joins blocks with newlines and keeps offsets that slice back to each block', () => {
    const { policyText } = extractPolicyText(body('<h1>Policy</h1><p>We   collect\n your <b>location</b>.</p><ul><li>GPS</li><li>IP address</li></ul>'));
    expect(policyText.text).toBe('Policy\nWe collect your location.\nGPS\nIP address');
    expect(policyText.blocks.map((b) => [b.kind, policyText.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Policy'],
      ['paragraph', 'We collect your location.'],
      ['list-item', 'GPS'],
      ['list-item', 'IP address'],
    ]);
  });

  it('gives each block the path of headings it stands under', () => {
    const { policyText } = extractPolicyText(
      body('<h1>Privacy</h1><h2>What we collect</h2><h3>Location</h3><p>a</p><h2>Sharing</h2><p>b</p>'),
    );
    const para = (text: string) => policyText.blocks.find((b) => policyText.text.slice(b.start, b.end) === text)!;
    expect(para('a').headingPath).toEqual(['Privacy', 'What we collect', 'Location']);
    expect(para('b').headingPath).toEqual(['Privacy', 'Sharing']);
    expect(para('Sharing')).toMatchObject({ kind: 'heading', level: 2, headingPath: ['Privacy'] });
  });

  it('reads table cells as their own blocks and skips scripts, styles, navigation and hidden parts', () => {
    const { policyText } = extractPolicyText(
      body(
        '<nav>Menu</nav><script>var x = "secret"</script><style>p{}</style><table><tr><th>Category</th><td>Biometric information</td></tr></table><p hidden>gone</p><p aria-hidden="true">gone</p><footer>Footer</footer>',
      ),
    );
    expect(policyText.text).toBe('Category\nBiometric information');
    expect(policyText.blocks.map((b) => b.kind)).toEqual(['table-cell', 'table-cell']);
  });

  it('maps text back to the text nodes it came from, across inline elements', () => {
    const root = body('<p>We collect <em>face</em>prints and <a href="#">voice</a>prints.</p>');
    const { policyText, spans } = extractPolicyText(root, { withSpans: true });
    expect(policyText.text).toBe('We collect faceprints and voiceprints.');
    const at = (offset: number) => {
      const span = [...spans].reverse().find((s) => s.start <= offset)!;
      const i = offset - span.start;
      return span.piece.node.data[rawOffsetAt(span.piece, i)];
    };
    const start = policyText.text.indexOf('faceprints');
    for (let i = 0; i < 'faceprints'.length; i++) expect(at(start + i)).toBe('faceprints'[i]);
  });

  it('survives a page nested far deeper than any call stack', () => {
    const depth = 50_000;
    const root = body('');
    let node: Element = root;
    for (let i = 0; i < depth; i++) {
      const child = root.ownerDocument.createElement('span');
      node.appendChild(child);
      node = child;
    }
    node.appendChild(root.ownerDocument.createTextNode('deep text'));
    expect(extractPolicyText(root).policyText.text).toBe('deep text');
  });
});

describe('extraction paths agree', () => {
  const tricky =
    '<h2> Title\u00a0with  nbsp </h2><p>  A <b> bold</b>word, <a href="#">a  link</a>\n and\u200b more.  </p><ul><li> one </li><li>two<span> </span>three</li></ul><p><a href="#">Only a link</a></p>';

  it('gives the same text with and without the map back to nodes', () => {
    const a = extractPolicyText(body(tricky)).policyText;
    const b = extractPolicyText(body(tricky), { withSpans: true }).policyText;
    expect(b.text).toBe(a.text);
    expect(b.blocks).toEqual(a.blocks);
  });

  it('gives the same result sliced, yielding between slices', async () => {
    const { extractPolicyTextSliced } = await import('./extract');
    const root = body(`${tricky}`.repeat(200));
    let pauses = 0;
    let clock = 0;
    const sliced = await extractPolicyTextSliced(root, {
      withSpans: true,
      budgetMs: 1,
      now: () => (clock += 1),
      yieldToPage: async () => void pauses++,
    });
    expect(pauses).toBeGreaterThan(0);
    expect(sliced.policyText).toEqual(extractPolicyText(root).policyText);
  });
});

describe('the map back to text nodes', () => {
  it('costs a few numbers per node, not one per character', () => {
    const { spans } = extractPolicyText(body(`<p>${'word '.repeat(5000)}</p>`), { withSpans: true });
    expect(spans).toHaveLength(1);
    expect(spans[0]!.piece.runs.length).toBe(2);
  });

  it('maps every character back to the same character in the node', () => {
    const root = body('<p>  a\u00a0\u00a0b \n\t c   d<b>e  f</b>  g\u200bh </p>');
    const { policyText, spans } = extractPolicyText(root, { withSpans: true });
    expect(policyText.text).toBe('a b c de f g h');
    for (const span of spans) {
      for (let i = 0; i < span.piece.length; i++) {
        const got = span.piece.node.data[rawOffsetAt(span.piece, i)]!;
        const want = policyText.text[span.start + i]!;
        expect(want === ' ' ? /\s|\u200b/.test(got) : got === want, `offset ${span.start + i}`).toBe(true);
      }
    }
  });

  it('maps mixed whitespace, links and node boundaries the same way, stretch by stretch', () => {
    // Deterministic pseudo-random pages: words, single spaces, runs of mixed whitespace, links and bold text.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const pieces = ['we', 'collect', 'GPS', ' ', ' ', ' ', '  ', '\n', ' \t ', '\u00a0', '\u200b', '.'];
    for (let round = 0; round < 40; round++) {
      const words = Array.from({ length: 30 }, () => pieces[next(pieces.length)]!);
      const html = words.map((w, i) => (i % 7 === 3 ? `<a href="#">${w} x</a>` : i % 5 === 2 ? `<b>${w}</b>` : w)).join('');
      const root = body(`<p>${html}</p><p>${html}</p>`);
      const { policyText, spans } = extractPolicyText(root, { withSpans: true });
      expect(policyText.text).toBe(extractPolicyText(root).policyText.text);
      const covered = new Set<number>();
      for (const span of spans) {
        for (let i = 0; i < span.piece.length; i++) {
          const raw = rawOffsetAt(span.piece, i);
          const got = span.piece.node.data[raw]!;
          const want = policyText.text[span.start + i]!;
          expect(want === ' ' ? /\s|\u200b/.test(got) : got === want, `round ${round}, offset ${span.start + i}`).toBe(true);
          // A collapsed space maps to the first whitespace character of its run.
          if (want === ' ' && raw > 0) expect(/\s|\u200b/.test(span.piece.node.data[raw - 1]!)).toBe(false);
          covered.add(span.start + i);
        }
      }
      // Every character of the text but the block separators comes from a node.
      expect(covered.size).toBe(policyText.text.replace(/\n/g, '').length);
    }
  });

  it('reads a 2 MB run-on sentence into one run per text node', () => {
    const { policyText, spans } = extractPolicyText(body(`<p>${'we collect your location and '.repeat(70_000)}end</p>`), { withSpans: true });
    expect(policyText.text.length).toBeGreaterThan(2_000_000);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.piece.runs).toEqual([0, 0]);
  });

  it('reads no further into a text node than a bounded walk asks for', () => {
    const root = body(`<p>${'we collect your location and '.repeat(70_000)}</p><p>never reached</p>`);
    for (const withPieces of [false, true]) {
      const blocks: WalkedBlock[] = [];
      walkBlocks(root, (b) => void blocks.push(b), { maxChars: 1000, withPieces });
      expect(blocks.map((b) => b.text.length)).toEqual([1000]);
      expect(blocks[0]!.text.startsWith('we collect your location and')).toBe(true);
    }
  });

  it('reads a page up to a bound on the joined text, separators included, and says where it cut', () => {
    const many = body(Array.from({ length: 600 }, (_, i) => `<p>b${i}</p>`).join(''));
    const cut = extractPolicyText(many, { maxChars: 1000 });
    expect(cut.policyText.text.length).toBeLessThanOrEqual(1000);
    expect(cut.cutAt).toBe(cut.policyText.text.length);
    expect(cut.policyText.blocks.at(-1)!.end).toBeLessThanOrEqual(1000);
    const whole = extractPolicyText(many, { maxChars: 100_000 });
    expect(whole.cutAt).toBeUndefined();
    expect(extractPolicyText(many).cutAt).toBeUndefined();
  });

  it('maps a text node in time that grows linearly, on whitespace built to make the stretch pattern work hard', () => {
    const doc = htmlDocument('<!doctype html><html><body></body></html>');
    const extract = (s: string) => {
      const p = doc.createElement('p');
      p.textContent = s;
      return extractPolicyText(p, { withSpans: true });
    };
    for (const unit of [' a', 'a  ', ' \u00a0', '.'.repeat(8), 'a \t']) {
      expect(growthRatio((n) => unit.repeat(n), extract, 2000), JSON.stringify(unit)).toBeLessThan(LINEAR_BOUND);
    }
  });
});
