import { describe, expect, it } from 'vitest';
import { folderFirst } from '../../src/integrations/documents-first';

const paths = (...pathnames: string[]) => pathnames.map((pathname, order) => ({ pathname, order }));

describe('folderFirst: the order Astro renders pages in', () => {
  it('moves the folder’s paths, its own list page among them, before the rest, keeping each group’s order', () => {
    const ordered = folderFirst(
      paths('/data/a.csv', '/dokument/b', '/om', '/dokument', '/dokument/rss.xml', '/partnerskap/c', '/dokument/a'),
      'dokument',
    );
    expect(ordered.map((p) => p.pathname)).toEqual([
      '/dokument/b',
      '/dokument',
      '/dokument/rss.xml',
      '/dokument/a',
      '/data/a.csv',
      '/om',
      '/partnerskap/c',
    ]);
  });

  it('leaves out and adds nothing, and does not take a folder that only begins with the same letters', () => {
    const input = paths('/dokumentation/x', '/a', '/dokument/y', '/b/dokument/z');
    const ordered = folderFirst(input, 'dokument');
    expect(ordered.map((p) => p.pathname)).toEqual(['/dokument/y', '/dokumentation/x', '/a', '/b/dokument/z']);
    expect(new Set(ordered)).toEqual(new Set(input));
  });
});
