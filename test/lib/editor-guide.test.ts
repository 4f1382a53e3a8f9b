// Every example in docs/redaktorsguide.md passes the schemas and the content check (the e2e test builds them).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findIntegrityErrors } from '../../src/lib/integrity';
import { GUIDE, guideBlocks, guideCorpus } from '../support/guide-examples';
import { loadContent } from '../support/load-content';

const root = process.cwd();
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The project's content plus the given files, in a temporary folder. */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oppna-guide-'));
  dirs.push(dir);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Schema and content-check messages for a folder of content, as one list. */
function problems(dir: string): string[] {
  try {
    return findIntegrityErrors(loadContent(dir)).map((e) => `${e.file} → ${e.field}: ${e.expected}`);
  } catch (error) {
    return [(error as Error).message];
  }
}

describe('the editor guide', () => {
  const corpus = guideCorpus(root);
  const blocks = guideBlocks(readFileSync(join(root, GUIDE), 'utf8'));

  it('has the examples the guide promises, each of them tested', () => {
    const titles = [...readFileSync(join(root, GUIDE), 'utf8').matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    for (const title of [
      'Ett värde som källorna inte anger',
      'Ett indexerat belopp',
      'Ett förslag som aldrig visats antaget',
      'Ett partnerskap som bara är känt från nyheter och beslut',
      'En överenskommelse som följer verksamhetsår',
      'En organisation som bytt namn',
      'Rätta en publicerad siffra',
      'Ett dokument vars datum är osäkert',
    ])
      expect(titles).toContain(title);
    expect(blocks.filter((b) => b.kind === 'Exempel').length).toBeGreaterThanOrEqual(8);
    expect(blocks.filter((b) => b.kind === 'Fel').length).toBeGreaterThanOrEqual(2);
  });

  it('every example passes the schemas and the content check', () => {
    expect(problems(contentWith(corpus.write))).toEqual([]);
  }, 60_000);

  it.each(guideCorpus(root).failing.map((f) => [f.expected, f] as const))(
    'the example of a mistake fails: %s',
    (_, example) => {
      const found = problems(contentWith({ ...corpus.write, [example.path]: example.text }));
      expect(
        found.some((p) => p.includes(example.path) && p.toLowerCase().includes(example.expected.toLowerCase())),
        found.join('\n'),
      ).toBe(true);
    },
    60_000,
  );
});
