import { describe, expect, it } from 'vitest';
import { pathAndQuery } from './quick';

/** What the stage read before: the path and query as `new URL` parses them, decoded. */
function byUrlParser(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname + u.search);
  } catch {
    return '';
  }
}

describe('the address’s path and query, cut from the string', () => {
  it('reads what the URL parser reads from serialized addresses', () => {
    const addresses = [
      'https://shop.example/legal/privacy-notice',
      'https://shop.example/legal/privacy-notice#section-2',
      'https://shop.example/help?page=tos&lang=en#top',
      'https://user:pa%2Fss@shop.example:8443/p/Datenschutzerkl%C3%A4rung?x=%20y',
      'http://localhost:5173/',
      'https://shop.example/?next=/privacy',
      'https://shop.example/a/c?q=1#f?g=/h',
      'https://shop.example/pol%C3%ADtica-de-privacidad',
    ];
    for (const url of addresses) expect(pathAndQuery(url), url).toBe(byUrlParser(url));
  });

  it('gives nothing for a malformed escape or an address without authority, as before', () => {
    expect(pathAndQuery('https://shop.example/privacy%zz')).toBe('');
    expect(pathAndQuery('')).toBe('');
    expect(pathAndQuery('legal/privacy')).toBe('');
    // An address with no path at all reads as the parser's '/' would, for the words that matter.
    expect(pathAndQuery('https://shop.example?doc=privacy')).toBe('?doc=privacy');
  });
});

describe('a route in the fragment', () => {
  it('is part of the address for a single-page app ("#/", "#!/"), not for an anchor', () => {
    expect(pathAndQuery('https://app.example/#/privacy-policy')).toBe('/#/privacy-policy');
    expect(pathAndQuery('https://app.example/x#!/terms')).toBe('/x#!/terms');
    expect(pathAndQuery('https://app.example/news#privacy')).toBe('/news');
  });
});

