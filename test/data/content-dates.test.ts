import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged, parseGitLog } from '../../src/data/content-dates';

describe('content dates from git', () => {
  const log = '\u00002026-11-20\n\ncontent/a.mdx\ncontent/b.yaml\n\u00002026-10-01\n\ncontent/a.mdx\ncontent/c.mdx\n';
  it('takes each file’s newest commit date', () => {
    expect([...parseGitLog(log)]).toEqual([
      ['content/a.mdx', '2026-11-20'],
      ['content/b.yaml', '2026-11-20'],
      ['content/c.mdx', '2026-10-01'],
    ]);
  });
  it('gives a page the newest date among its files', () => {
    expect(lastChanged(['content/c.mdx', 'content/b.yaml'], parseGitLog(log))).toBe('2026-11-20');
    expect(lastChanged(['content/c.mdx'], parseGitLog(log))).toBe('2026-10-01');
  });
  it('takes an uncommitted file’s own date, read once for every page that asks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oppna-datum-'));
    try {
      const file = join(dir, 'ny.mdx');
      writeFileSync(file, '---\n---\n');
      utimesSync(file, new Date('2026-11-25T12:00:00Z'), new Date('2026-11-25T12:00:00Z'));
      const fileDates = new Map<string, string | undefined>();
      expect(lastChanged([file, 'content/c.mdx'], parseGitLog(log), fileDates)).toBe('2026-11-25');
      utimesSync(file, new Date('2026-11-28T12:00:00Z'), new Date('2026-11-28T12:00:00Z'));
      // The same build: the date read first.
      expect(lastChanged([file], parseGitLog(log), fileDates)).toBe('2026-11-25');
      expect(lastChanged([file], parseGitLog(log))).toBe('2026-11-28');
      expect(lastChanged([join(dir, 'saknas.mdx')], parseGitLog(log))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
