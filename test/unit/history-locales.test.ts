// Every string the history and watch-list parts use is in the English locale (Chrome shows the key otherwise).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const FILES = ['src/popup/history.ts', 'src/popup/history-view.ts', 'src/content/page/history-banner.ts', 'src/background/history-handlers.ts', 'src/report/index.ts', 'src/options/history.ts', 'src/options/history-view.ts'];

describe('history strings', () => {
  it('has every message id the history parts name', () => {
    const used = new Set<string>();
    // Ids appear as t('id') and as the branches of t(cond ? 'a' : 'b') or a [key, names] table.
    for (const file of FILES) for (const [, id] of readFileSync(file, 'utf8').matchAll(/'((?:history|watch|thenNow|options)[A-Z][A-Za-z]*)'/g)) used.add(id!);
    expect(used.size).toBeGreaterThan(30);
    for (const id of used) expect(messages[id]?.message, id).toBeTruthy();
  });
});
