// The English locale is complete and well-formed: Chrome refuses to load an extension whose messages are not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReasonCode } from '../../src/core/detect/reasons';
import { EXPLANATIONS } from '../../src/core/explain/explanations';
import { CONDITION_MESSAGE, PURPOSE_MESSAGE, STANCE_MESSAGE, SUMMARY_MESSAGE, TYPE_MESSAGE } from '../../src/core/explain/message-ids';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, Message>;

describe('_locales/en', () => {
  it('has only valid message names, and a placeholder for every $NAME$ a message uses', () => {
    for (const [name, m] of Object.entries(messages)) {
      expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      for (const [, ph] of m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(Object.keys(m.placeholders ?? {}).map((k) => k.toLowerCase()), `${name} uses $${ph}$`).toContain(ph!.toLowerCase());
      }
    }
  });

  it('words every type, summary, stance, condition, purpose, explanation and detection reason', () => {
    const ids = [
      ...Object.values(TYPE_MESSAGE),
      ...Object.values(SUMMARY_MESSAGE),
      ...Object.values(STANCE_MESSAGE),
      ...Object.values(CONDITION_MESSAGE),
      ...Object.values(PURPOSE_MESSAGE),
      ...Object.values(EXPLANATIONS).map((e) => e.messageId),
    ];
    const reasons: ReasonCode[] = [
      'title-names',
      'heading-names',
      'lead-names',
      'url-names',
      'rel-self',
      'privacy-sections',
      'terms-sections',
      'cookie-headings',
      'vocabulary',
      'article',
      'reporting',
      'howto',
      'short',
      'closest',
      'no-sign',
    ];
    ids.push(...reasons.map((c) => `reason_${c.replace(/-/g, '_')}`));
    for (const id of ids) expect(messages[id]?.message, id).toBeTruthy();
  });

  it('has the strings the popup and panel use', () => {
    const used = new Set<string>();
    const files = ['src/popup/view.ts', 'src/popup/index.ts', 'src/content/page/panel.ts', 'src/platform/badge.ts'];
    files.push('src/content/page/panel-legend.ts', 'src/popup/regions-view.ts', 'src/dom/comparison-table.ts', 'src/report/view.ts', 'src/options/view.ts');
    for (const file of files) {
      for (const [, id] of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(id!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const id of used) expect(messages[id]?.message, id).toBeTruthy();
  });
});
