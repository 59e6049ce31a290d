/**
 * A news article that is not about privacy at all, the kind of page nearly every load is: a site header and
 * menu, a long story in sections, related links, and a footer that links to the site's policies. Authored here;
 * its paragraphs are repeated with numbered parts until it holds about `words` words.
 */
const PARAGRAPHS = [
  'The council voted on Tuesday evening to finish the riverside path before the summer, ending a debate that had run for three years and filled four public meetings.',
  'Cyclists who use the old towpath every morning welcomed the decision, although several said the gravel section near the mill would still flood after heavy rain.',
  'The new surface is a pale resin-bound stone that drains quickly and stays cool in the sun. Engineers tested two samples over the winter before choosing it.',
  'Shop owners on Bridge Street had worried that closing the lower car park during the works would keep customers away, and the council agreed to phase the closures.',
  'A survey of four hundred residents found that most wanted better lighting under the railway arches, where the path narrows to a little over two metres.',
  'Benches made from the trunks of the poplars felled last autumn will stand every few hundred metres, each carved by pupils from the two primary schools nearby.',
  'The rowing club, whose boathouse sits halfway along the route, will get a new slipway and a wider landing stage paid for from the same budget.',
  'Birdwatchers asked that the reed beds by the old sluice be left alone during the nesting season, and the contractor has moved that stretch to September.',
  'Traffic counters placed at both ends of the path last spring recorded about nine hundred trips on a dry weekday and more than two thousand on a sunny Sunday.',
  'Parents from the estate on the far bank said the footbridge is the only way their children can walk to school without crossing the ring road.',
  'The final cost, including drainage and lighting, is expected to be a little under two million, most of it from a regional transport grant awarded last year.',
  'Work will start at the weir end in the second week of March and move upstream, with each section closed for about a fortnight while the surface cures.',
];

const SECTIONS = ['What changes', 'Who uses the path', 'The cost', 'What residents said', 'What happens next'];

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function articleHtml(target = 2800): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < target; i++) {
    if (i % 4 === 0) parts.push(`<h2>${SECTIONS[(i / 4) % SECTIONS.length]}${i >= 20 ? ` (part ${Math.floor(i / 20) + 1})` : ''}</h2>`);
    const p = PARAGRAPHS[i % PARAGRAPHS.length]!;
    parts.push(`<p>${p}</p>`);
    count += words(p);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside path to open by summer after council vote | The Valley Courier</title></head>
<body><header><a href="/">The Valley Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><h1>Riverside path to open by summer after council vote</h1><p class="byline">By our local affairs reporter</p>
${parts.join('\n')}
<aside><h2>Related</h2><ul><li><a href="/news/bridge">Footbridge repairs finished early</a></li><li><a href="/news/market">Market moves to the square</a></li></ul></aside></main>
<footer><a href="/privacy">Privacy Policy</a> · <a href="/cookies">Cookie Policy</a> · <a href="/terms">Terms of Use</a> · <a href="/contact">Contact us</a></footer>
</body></html>`;
}
