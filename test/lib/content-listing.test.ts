import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listContent } from '../../src/lib/content-listing';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project folder holding empty files at the given paths under content/. */
function project(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'listing-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(join(root, 'content', file, '..'), { recursive: true });
    writeFileSync(join(root, 'content', file), '');
  }
  return root;
}

describe('listContent', () => {
  it('lists the files with their collection’s ending by collection and name, without hidden files', () => {
    const root = project([
      'organisations/b.yaml',
      'organisations/a.yaml',
      'organisations/.DS_Store',
      'partnerships/p.mdx',
      'documents/d.mdx',
    ]);
    const { files, problems } = listContent(root);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.file)).toEqual([
      'content/organisations/a.yaml',
      'content/organisations/b.yaml',
      'content/partnerships/p.mdx',
      'content/documents/d.mdx',
    ]);
    expect(files.map((f) => `${f.collection}/${f.id}`)).toEqual([
      'organisations/a',
      'organisations/b',
      'partnerships/p',
      'documents/d',
    ]);
  });

  it('reports a file with another ending, which no loader reads, and leaves it out of the list', () => {
    const { files, problems } = listContent(project(['organisations/ny.yml', 'documents/d.md']));
    expect(files).toEqual([]);
    expect(problems.map((p) => [p.file, p.field, p.found])).toEqual([
      ['content/organisations/ny.yml', 'filändelse', '".yml"'],
      ['content/documents/d.md', 'filändelse', '".md"'],
    ]);
    expect(problems[0]!.expected).toMatch(/slutar på \.yaml/);
    expect(problems[1]!.action).toMatch(/d\.mdx/);
  });

  it('reports ids that differ only in case where they share addresses, naming the other file', () => {
    const { problems } = listContent(
      project(['partnerships/stod.mdx', 'documents/Stod.mdx', 'organisations/stod.yaml']),
    );
    // A partnership and a document share /dokument/; an organisation has addresses of its own.
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/partnerships/stod.mdx', 'id (filnamn)'],
      ['content/documents/Stod.mdx', 'id (filnamn)'],
    ]);
    expect(problems[0]!.expected).toContain('content/documents/Stod.mdx');
    expect(problems[1]!.expected).toContain('content/partnerships/stod.mdx');
  });
});
