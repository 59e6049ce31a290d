import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from '../../../scripts/serve';

/** A long policy for timing: the demo policy's sections repeated until the page holds about `words` words. */
export function bigPolicyHtml(words = 30_000): string {
  const page = readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8');
  const article = /<article>([\s\S]*?)<\/article>/.exec(page)![1]!;
  const sections = article.slice(article.indexOf('<h2>'));
  const perCopy = sections.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  const copies = Math.ceil(words / perCopy);
  const body = Array.from({ length: copies }, (_, i) => sections.replace(/<h2>/g, `<h2>Part ${i + 1}: `)).join('\n');
  return page.replace(article, `<h1>Lumen Social Privacy Policy</h1>${body}`);
}
