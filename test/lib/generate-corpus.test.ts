import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus';
import { findIntegrityErrors } from '../../src/lib/integrity';
import { fundingSeries } from '../../src/lib/funding';
import { loadContent } from '../support/load-content';

const dir = mkdtempSync(join(tmpdir(), 'oppna-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Generating and parsing a corpus takes seconds on a busy machine: more than Vitest's default 5 s.
describe('the synthetic corpus for the scale benchmark', { timeout: 60_000 }, () => {
  it('is valid content: it passes the real schemas and every integrity rule', () => {
    const counts = generateCorpus(dir, 12, 7);
    const content = loadContent(dir);
    expect(content.partnerships).toHaveLength(12);
    expect(content.documents.length).toBe(counts.documents - 12);
    expect(content.documents.length).toBeGreaterThanOrEqual(12 * 4);
    expect(findIntegrityErrors(content)).toEqual([]);
  }, 30_000);

  it('has 2–4 parties, renamed organisations, 2–8 KB bodies and indexed years that are unknown', () => {
    const content = loadContent(dir);
    for (const p of content.partnerships) {
      const parties = 1 + p.data.ideaParties.length;
      expect(parties).toBeGreaterThanOrEqual(2);
      expect(parties).toBeLessThanOrEqual(4);
      expect(Buffer.byteLength(p.body ?? '')).toBeGreaterThanOrEqual(2048);
      expect(Buffer.byteLength(p.body ?? '')).toBeLessThan(9 * 1024);
      const municipal = fundingSeries(p.data).find((r) => r.kind === 'kommunal ersättning')!;
      expect(municipal.cells[0]!.amount).not.toBeNull();
      expect(municipal.cells[1]!.amount).toBeNull();
    }
    expect(content.organisations.some((o) => o.data.names.length > 1)).toBe(true);
  });

  it('is the same for the same seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'oppna-corpus-'));
    generateCorpus(again, 12, 7);
    expect(loadContent(again).partnerships.map((p) => p.body)).toEqual(
      loadContent(dir).partnerships.map((p) => p.body),
    );
    rmSync(again, { recursive: true, force: true });
  });
});
