import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search-excerpt';

describe('excerptParts', () => {
  it('marks the hits and decodes the HTML escapes', () => {
    expect(excerptParts('Om <mark>kamratstöd</mark> &amp; gemenskap')).toEqual([
      { text: 'Om ', hit: false },
      { text: 'kamratstöd', hit: true },
      { text: ' & gemenskap', hit: false },
    ]);
  });

  it('keeps any other markup as literal text', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(1)> <mark>hit</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> <img src=x onerror=alert(1)> hit');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['hit']);
  });
});
