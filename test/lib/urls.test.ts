import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PAGES,
  absoluteUrl,
  dataFileUrl,
  documentUrl,
  entryUrl,
  organisationMoneyCsvUrl,
  partnershipFundingCsvUrl,
  partnershipUrl,
  sectionUrl,
} from '../../src/lib/urls';

describe('internal URLs', () => {
  it('are directory paths for pages and file paths for downloads', () => {
    expect(partnershipUrl('samverkan')).toBe('/partnerskap/samverkan/');
    expect(documentUrl('uppfoljning-2020')).toBe('/dokument/uppfoljning-2020/');
    expect(sectionUrl(partnershipUrl('samverkan'), 'ekonomi')).toBe('/partnerskap/samverkan/#ekonomi');
    expect(partnershipFundingCsvUrl('samverkan')).toBe('/data/partnerskap/samverkan/finansiering.csv');
    expect(organisationMoneyCsvUrl('forening-a')).toBe('/data/organisationer/forening-a/pengar.csv');
    for (const path of Object.values(PAGES)) expect(path).toMatch(/^\/([a-z]+\/)*([a-z]+\.xml)?$/);
  });

  it('lead from a reference to its entry’s page, and refuse a collection without pages', () => {
    expect(entryUrl({ collection: 'organisations', id: 'forening-a' })).toBe('/organisationer/forening-a/');
    expect(entryUrl({ collection: 'partnerships', id: 'samverkan' })).toBe('/partnerskap/samverkan/');
    expect(() => entryUrl({ collection: 'site', id: 'x' })).toThrow(/site/);
  });

  it('become full addresses on the published site', () => {
    expect(absoluteUrl(documentUrl('a'), new URL('https://example.org/'))).toBe('https://example.org/dokument/a/');
  });
});

// The first path segments of the site's own pages ("partnerskap", "dokument", …), from PAGES itself, plus /data/.
const SEGMENTS = [...new Set([...Object.values(PAGES), dataFileUrl('')].map((path) => path.split('/')[1]))].filter(
  Boolean,
);
const SEGMENT = `(?:${SEGMENTS.join('|')})`;
/**
 * Internal addresses written out by hand instead of taken from src/lib/urls.ts: a template that fills in an id
 * (`/partnerskap/${id}/`), a string glued to one ('/dokument/' + id), or a link to a fixed page (href="/data/").
 */
const HAND_BUILT = [
  new RegExp(`/${SEGMENT}/\\$\\{`),
  new RegExp(`['"\`]/${SEGMENT}/?['"\`]\\s*\\+`),
  new RegExp(`(?:href|src|action)=["']/${SEGMENT}\\b`),
];

function handBuiltUrls(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      HAND_BUILT.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
}

describe('hand-built internal URLs', () => {
  it('are recognised in templates, concatenations and fixed links', () => {
    const text = [
      'const a = `/partnerskap/${id}/`;',
      "const b = '/dokument/' + id;",
      '<a href="/data/">Data</a>',
      'const ok = partnershipUrl(id);',
      '<a href={PAGES.data}>Data</a>',
    ].join('\n');
    expect(handBuiltUrls('x.astro', text).map((problem) => problem.split(':')[1])).toEqual(['1', '2', '3']);
  });

  it('occur nowhere in src/ or scripts/ outside src/lib/urls.ts', () => {
    const files = execFileSync('git', ['ls-files', 'src', 'scripts'], { encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.(ts|astro|mjs)$/.test(file) && file !== 'src/lib/urls.ts');
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('src/pages/partnerskap/[slug].astro');
    expect(files.flatMap((file) => handBuiltUrls(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});
