import { describe, expect, it } from 'vitest';
import { findPersonnummer, luhnValid } from '../../src/lib/personnummer';

describe('findPersonnummer', () => {
  it.each([
    ['19811218-9876', ['19811218-9876']],
    ['811218-9876', ['811218-9876']],
    ['Född 198112189876 i Linköping', ['198112189876']],
    ['samordningsnummer 811278-9873', ['811278-9873']],
  ])('finds %s', (text, expected) => {
    expect(findPersonnummer(text)).toEqual(expected);
  });

  it.each([
    ['an organisation number (month ≥ 20)', 'org.nr 802506-5742'],
    ['a wrong check digit', '19811218-9875'],
    ['an impossible date', '19811318-9876'],
    ['a registry number', 'Dnr SON 2019-1251'],
    ['a date and a period', '2018-01-01 – 2020-12-31'],
    ['a phone number', 'Växel: 013-20 60 00'],
    ['ten digits without a separator', '8112189876'],
  ])('ignores %s', (_, text) => {
    expect(findPersonnummer(text)).toEqual([]);
  });

  it('checks the Luhn digit', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
  });
});
