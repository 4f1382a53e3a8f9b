import { describe, expect, it } from 'vitest';
import { recentMemo } from '../../src/lib/recent-memo';

describe('recentMemo', () => {
  it('computes a key once while it is remembered, and gives the computed value', () => {
    const asked: string[] = [];
    const length = recentMemo((text: string) => (asked.push(text), text.length), 3);
    expect([length('ab'), length('abc'), length('ab'), length('abc')]).toEqual([2, 3, 2, 3]);
    expect(asked).toEqual(['ab', 'abc']);
  });

  it('forgets what it holds when the limit is reached, and computes again', () => {
    const asked: number[] = [];
    const double = recentMemo((n: number) => (asked.push(n), n * 2), 2);
    expect([double(1), double(2), double(3), double(1), double(3)]).toEqual([2, 4, 6, 2, 6]);
    // 3 arrived with two held (1, 2): both forgotten; then 1 again is computed, 3 is still held.
    expect(asked).toEqual([1, 2, 3, 1]);
  });

  it('remembers values that are falsy or undefined', () => {
    let calls = 0;
    const nothing = recentMemo((_key: string) => (calls++, undefined));
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });
});
