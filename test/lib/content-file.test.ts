import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/loaders/content-file';

describe('reading a content file', () => {
  it('splits frontmatter from the Markdown body and keeps dates and numbers as YAML core types', () => {
    const file = parseContentFile(
      '---\ntitle: Avtal\nsigned: 2018-01-01\nyear: 2020\nvalue: "2020"\n---\n\n## Bakgrund\n\nText.\n\n',
      'content/documents/a.mdx',
      'frontmatter',
    );
    expect(file.data).toEqual({ title: 'Avtal', signed: '2018-01-01', year: 2020, value: '2020' });
    expect(file.body).toBe('## Bakgrund\n\nText.');
  });

  it('reads a data file without a body', () => {
    const file = parseContentFile(
      'name: Linköpings kommun\nfounded: 1971-01-01\n',
      'content/organisations/k.yaml',
      'data',
    );
    expect(file).toEqual({ data: { name: 'Linköpings kommun', founded: '1971-01-01' } });
  });

  it('keeps a thematic break in the body (only the first block is frontmatter)', () => {
    const file = parseContentFile('---\na: 1\n---\nFöre\n\n---\n\nEfter', 'x.mdx', 'frontmatter');
    expect(file.body).toBe('Före\n\n---\n\nEfter');
  });

  it('names the file when the frontmatter is missing or is not YAML', () => {
    expect(() => parseContentFile('## Bara text', 'content/documents/b.mdx', 'frontmatter')).toThrow(
      /^content\/documents\/b\.mdx: filen ska börja med ett frontmatter-block/,
    );
    expect(() =>
      parseContentFile('---\ntitle: [oavslutad\n---\nText', 'content/documents/c.mdx', 'frontmatter'),
    ).toThrow(/^content\/documents\/c\.mdx: frontmatter kunde inte läsas som YAML/);
    expect(() => parseContentFile('- en\n- lista\n', 'content/organisations/d.yaml', 'data')).toThrow(
      'content/organisations/d.yaml: filen ska vara en samling fält (nyckel: värde), inte en lista.',
    );
  });

  it('rejects a key given twice', () => {
    expect(() => parseContentFile('---\ntitle: A\ntitle: B\n---\nText', 'e.mdx', 'frontmatter')).toThrow(
      /e\.mdx: frontmatter kunde inte läsas som YAML/,
    );
  });
});
