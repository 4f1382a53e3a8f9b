import { describe, expect, it } from 'vitest';
import { findPersonnummer, luhnValid } from '../../src/lib/personnummer';

describe('findPersonnummer', () => {
  it.each([
    ['19811218-9876', ['19811218-9876']],
    ['811218-9876', ['811218-9876']],
    ['a hundred years old: 811218+9876', ['811218+9876']],
    ['Född 198112189876 i Linköping', ['198112189876']],
    ['samordningsnummer 811278-9873', ['811278-9873']],
    ['with a space: 811218 9876', ['811218 9876']],
    ['with an en dash: 811218–9876', ['811218–9876']],
    ['with a non-breaking hyphen: 811218\u20119876', ['811218\u20119876']],
    ['with a minus sign: 811218\u22129876', ['811218\u22129876']],
    ['with a no-break space: 811218\u00a09876', ['811218\u00a09876']],
    ['ten digits without a separator: 8112189876', ['8112189876']],
    ['twelve digits with a space: 19811218 9876', ['19811218 9876']],
    ['two in one text: 811218-9876 och 811278-9873', ['811218-9876', '811278-9873']],
  ])('finds %s', (text, expected) => {
    expect(findPersonnummer(text)).toEqual(expected);
  });

  it.each([
    ['an organisation number (month ≥ 20)', 'org.nr 802506-5742'],
    ['an organisation number without a separator', '8025065742'],
    ['a wrong check digit', '19811218-9875'],
    ['a wrong check digit with a space', '811218 9875'],
    ['an impossible date', '19811318-9876'],
    ['an impossible day (30 February)', '810230-9876'],
    ['a twelve-digit number outside 1800–2099', '218112189876'],
    ['a registry number', 'Dnr SON 2019-1251'],
    ['a registry number with a space', 'ON 2018-229'],
    ['a date and a period', '2018-01-01 – 2020-12-31'],
    ['a phone number', 'Växel: 013-20 60 00'],
    ['an amount', '1 230 000 kr och 4 232 475 kr'],
    ['eleven digits', '81121898765'],
  ])('ignores %s', (_, text) => {
    expect(findPersonnummer(text)).toEqual([]);
  });

  it('checks the Luhn digit', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
  });
});
