import { describe, expect, it } from 'vitest';
import { isHttpUrl, jsonForHtml } from '../../src/lib/html-json';

describe('jsonForHtml', () => {
  const hostile = {
    name: '</script><img src=x onerror=alert(1)><!--',
    note: 'a & b > c',
    ls: 'rad\u2028 stycke\u2029',
  };

  it('writes no <, >, & or line/paragraph separator', () => {
    const text = jsonForHtml(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('reads back unchanged', () => {
    expect(JSON.parse(jsonForHtml(hostile))).toEqual(hostile);
  });
});

describe('isHttpUrl', () => {
  it('accepts http and https addresses only', () => {
    expect(isHttpUrl('https://www.iogt.se/')).toBe(true);
    expect(isHttpUrl('http://example.se/a')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://a.se',
      '/relativ',
      ' https://a.se',
      'https://',
    ])
      expect(isHttpUrl(url)).toBe(false);
  });
});
