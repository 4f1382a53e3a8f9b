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
});
