import { describe, expect, it } from 'vitest';
import { sameOriginAs, senderAllowed } from './senders';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('senderAllowed', () => {
  it('content messages only from a content script in a top frame of a tab', () => {
    const page = { id: ID, url: 'https://a.example/privacy', tab: { id: 3 }, frameId: 0 };
    expect(senderAllowed('content/analyze', page, ID, BASE)).toBe(true);
    expect(senderAllowed('content/analyze', { ...page, frameId: 2 }, ID, BASE)).toBe(false);
    expect(senderAllowed('content/analyze', { ...page, tab: undefined }, ID, BASE)).toBe(false);
    expect(senderAllowed('content/analyze', { ...page, id: 'another-extension' }, ID, BASE)).toBe(false);
  });

  it('popup messages only from the extension’s own pages; content scripts cannot ask for another tab’s state', () => {
    expect(senderAllowed('popup/tab-state', { id: ID, url: `${BASE}src/popup/index.html` }, ID, BASE)).toBe(true);
    expect(senderAllowed('popup/tab-state', { id: ID, url: 'https://a.example/', tab: { id: 3 } }, ID, BASE)).toBe(false);
    expect(senderAllowed('popup/notes-import', { id: 'x', url: `${BASE}src/popup/index.html` }, ID, BASE)).toBe(false);
    // History and the watch list: the popup and options pages ask; the panel only opens the then-vs-now page.
    expect(senderAllowed('watch/add', { id: ID, url: `${BASE}src/popup/index.html` }, ID, BASE)).toBe(true);
    expect(senderAllowed('history/forget', { id: ID, url: 'https://a.example/', tab: { id: 3 }, frameId: 0 }, ID, BASE)).toBe(false);
    expect(senderAllowed('history/open-then-now', { id: ID, url: 'https://a.example/', tab: { id: 3 }, frameId: 0 }, ID, BASE)).toBe(true);
  });

  it('note-form messages only from the note form framed in a tab; unknown names never', () => {
    const form = { id: ID, url: `${BASE}src/note-form/index.html#t`, tab: { id: 3 }, frameId: 7 };
    expect(senderAllowed('note-form/submit', form, ID, BASE)).toBe(true);
    expect(senderAllowed('note-form/submit', { ...form, url: `${BASE}src/popup/index.html` }, ID, BASE)).toBe(false);
    expect(senderAllowed('tab/note-submit', form, ID, BASE)).toBe(false);
  });

  it('a page reaches the annotations of its own origin only', () => {
    expect(sameOriginAs({ url: 'https://a.example/privacy' }, 'https://a.example/terms')).toBe(true);
    expect(sameOriginAs({ origin: 'https://a.example' }, 'https://b.example/privacy')).toBe(false);
    expect(sameOriginAs({}, 'https://a.example/')).toBe(false);
  });
});
