import { describe, expect, it } from 'vitest';
import { findEmails, findPhoneNumbers, phoneDigits } from '../../src/lib/personal-data';
import { allowedContacts, personalDataProblems } from '../../src/lib/content-rules';

describe('findEmails', () => {
  it.each([
    ['Kontakt: anna.andersson@linkoping.se.', ['anna.andersson@linkoping.se']],
    ['skriv till Åsa_B+iop@föreningen.nu eller info@iogt.se', ['Åsa_B+iop@föreningen.nu', 'info@iogt.se']],
  ])('finds %s', (text, expected) => expect(findEmails(text)).toEqual(expected));

  it('ignores text with an at sign but no address', () => {
    expect(findEmails('möte @ stadsmissionen, kl. 18')).toEqual([]);
  });
});

describe('findPhoneNumbers', () => {
  it.each([
    ['Växel: 013-20 60 00', ['013-20 60 00']],
    ['mobil 070-123 45 67', ['070-123 45 67']],
    ['ring 0701234567', ['0701234567']],
    ['ring +46 70 123 45 67', ['+46 70 123 45 67']],
    ['tel. 08–123 456 78', ['08–123 456 78']],
  ])('finds %s', (text, expected) => expect(findPhoneNumbers(text)).toEqual(expected));

  it.each([
    ['amounts', '0 kr till Linköpings domkyrkopastorat och 1 500 000 kr'],
    ['dates and periods', '2018-07-01 – 2019-06-30, 2018-01-01-2020-12-31'],
    ['a registry number', 'Dnr ON 2018-229'],
    ['an organisation number', 'org.nr 802506-5742'],
    ['a decimal amount', '0,4 mnkr'],
    ['a range of hours', 'mellan 2 – 20 timmar i veckan'],
  ])('ignores %s', (_, text) => expect(findPhoneNumbers(text)).toEqual([]));

  it('reads every spelling of one number as the same digits', () => {
    expect(phoneDigits('013-20 60 00')).toBe('013206000');
    expect(phoneDigits('+46 13 20 60 00')).toBe('013206000');
    expect(phoneDigits('0046 (0)13 20 60 00')).toBe('013206000');
  });
});

describe('personalDataProblems', () => {
  const allowed = allowedContacts([{ data: { contact: { email: 'kommun@linkoping.se', phone: '013-20 60 00' } } }]);

  it('allows an organisation’s own contact details, in any spelling, anywhere', () => {
    const data = { summary: 'Växel +46 13 20 60 00, e-post Kommun@linkoping.se.' };
    expect(personalDataProblems(data, 'Växel: 013-20 60 00', allowed)).toEqual([]);
  });

  it('reports a person’s e-mail, phone and identity number with the field and the text found', () => {
    const problems = personalDataProblems(
      { officer: { name: 'Anna A', role: 'handläggare, anna.a@linkoping.se, 070-123 45 67' } },
      'Kontaktperson 811218 9876.',
      allowed,
    );
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['officer.role', '"anna.a@linkoping.se"'],
      ['officer.role', '"070-123 45 67"'],
      ['body (brödtext)', '"811218 9876"'],
    ]);
    expect(problems[0]!.expected).toMatch(/ingen e-postadress utom en organisations egen/);
    expect(problems[2]!.expected).toMatch(/personnummer/);
  });
});
