import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, longLines } from '../../scripts/check-line-length';

const long = (prefix: string) => prefix + 'x'.repeat(MAX_LINE_LENGTH + 1 - prefix.length);

describe('check-line-length', () => {
  it('reports a code line over the limit with its file, line number and length', () => {
    const text = `const a = 1;\n${long('const b = ')}\n`;
    expect(longLines('src/lib/a.ts', text)).toEqual([`src/lib/a.ts:2: ${MAX_LINE_LENGTH + 1} tecken > 120`]);
  });

  it('counts characters, not bytes, so Swedish letters do not push a line over', () => {
    expect(longLines('src/lib/a.ts', 'å'.repeat(MAX_LINE_LENGTH))).toEqual([]);
  });

  it('lets a long string literal through in a test table but not in source code', () => {
    const row = long("  { rule: 'x', message: /ett fält/, text: '");
    expect(longLines('test/lib/a.test.ts', row)).toEqual([]);
    expect(longLines('src/lib/a.ts', row)).toHaveLength(1);
  });

  it('lets a line with a long URL through anywhere', () => {
    expect(longLines('src/lib/a.ts', long('// https://example.org/'))).toEqual([]);
  });
});
