import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/lib/nearest';

describe('editDistance', () => {
  it.each([
    ['indexedFrom', 'indexedFrom', 0],
    ['indexedfrom', 'indexedFrom', 0],
    ['indexFrom', 'indexedFrom', 2],
    ['perYaer', 'perYear', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('nearest', () => {
  const keys = ['party', 'kind', 'payer', 'from', 'to', 'perYear', 'amount', 'status', 'decidedBy', 'indexedFrom'];

  it.each([
    ['indexedfrom', 'indexedFrom'],
    ['indexFrom', 'indexedFrom'],
    ['ammount', 'amount'],
    ['decided_by', 'decidedBy'],
    ['peryear', 'perYear'],
    ['stauts', 'status'],
  ])('suggests %s → %s', (typo, key) => expect(nearest(typo, keys)).toBe(key));

  it('suggests nothing for a word unlike every key', () => {
    expect(nearest('beskrivning', keys)).toBeUndefined();
    expect(nearest('x', ['title', 'summary'])).toBeUndefined();
  });
});
