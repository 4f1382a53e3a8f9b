// Every example in docs/redaktorsguide.md built into the site, on top of the real content.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guideCorpus } from '../support/guide-examples';
import { CHECKER } from '../../src/integrations/content-check';
import { build, projectCopy, removeProjectCopies, runIn } from '../support/project-build';

afterAll(removeProjectCopies);

const ROUTES: Record<string, string> = {
  'content/partnerships': 'partnerskap',
  'content/documents': 'dokument',
  'content/organisations': 'organisationer',
};

describe('the editor guide’s examples', () => {
  it('build into pages', async () => {
    const { write } = guideCorpus(process.cwd());
    const dir = projectCopy({ write });
    if (existsSync(join(dir, CHECKER))) {
      const check = await runIn(dir, 'node', [CHECKER, dir]);
      expect(check.failed, check.output).toBe(false);
    }
    const result = await build(dir, { SITE_DATE: '2026-11-22' });
    expect(result.failed, result.output.slice(-3000)).toBe(false);
    const page = (file: string) =>
      readFileSync(join(dir, 'dist', ROUTES[dirname(file)] ?? '', basename(file, extname(file)), 'index.html'), 'utf8');
    for (const file of Object.keys(write)) expect(page(file), file).toContain('<main');
    // A partnership's agreement is also its document page.
    const withAgreement = (file: string) => !/^agreement: null$/m.test(write[file] ?? '');
    for (const file of Object.keys(write).filter((f) => f.startsWith('content/partnerships/') && withAgreement(f)))
      expect(readFileSync(join(dir, 'dist', 'dokument', basename(file, '.mdx'), 'index.html'), 'utf8')).toContain(
        '<main',
      );
    expect(page('content/organisations/rydsgarden.yaml')).toContain('Föreningen Rydsgården');
    // The partnership known only from news and a decision says what is unknown instead of guessing.
    const newsOnly = page('content/partnerships/laxhjalp-skaggetorp.mdx');
    expect(newsOnly).toContain('finns inte bland källorna');
    expect(newsOnly).toMatch(/250\s000\s*kr/);
    const renamed = Object.keys(write).find((f) => /rydsgarden-exempel-\d+\.yaml$/.test(f))!;
    expect(page(renamed)).toContain('Gemenskapshuset Ryd');
    expect(page(renamed)).toContain('Föreningen Rydsgården');
  }, 300_000);
});
