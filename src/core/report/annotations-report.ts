import { itemsOf, selectorsOf, type AnnotationCollection } from '../annotation/model';
import { escapeMarkdown } from './analysis-report';
import { STANCE_LABEL, TYPE_LABEL } from './labels';

/** Annotations as a Markdown report for a blog post: each quote, the note, tags, and the review of machine flags. */
export function formatAnnotationsMarkdown(c: AnnotationCollection): string {
  const out = [`# ${escapeMarkdown(c.label ?? 'Annotations')}`, ''];
  const bySource = new Map<string, ReturnType<typeof itemsOf>>();
  for (const a of itemsOf(c)) {
    const source = typeof a.target === 'string' ? a.target : a.target.source;
    bySource.set(source, [...(bySource.get(source) ?? []), a]);
  }
  for (const [source, items] of bySource) {
    out.push(`## ${escapeMarkdown(source)}`, '');
    for (const a of items) {
      const quote = selectorsOf(a).find((s) => s.type === 'TextQuoteSelector');
      if (quote && 'exact' in quote) out.push(`> ${escapeMarkdown(quote.exact)}`, '');
      const bodies = Array.isArray(a.body) ? a.body : a.body ? [a.body] : [];
      const note = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value).join(' ');
      const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
      const pl = a.policyLens;
      const facts = [
        pl?.provenance === 'machine' ? 'machine finding' : 'note',
        pl?.dataType ? TYPE_LABEL[pl.dataType] : '',
        pl?.stance ? STANCE_LABEL[pl.stance] : '',
        pl?.review ? `review: ${pl.review}` : '',
        tags.length ? `tags: ${tags.join(', ')}` : '',
      ].filter(Boolean);
      out.push(`*${facts.map(escapeMarkdown).join(' · ')}*${note ? ` — ${escapeMarkdown(note)}` : ''}`, '');
    }
  }
  return out.join('\n') + '\n';
}
