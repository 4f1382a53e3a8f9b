import { describe, expect, it } from 'vitest';
import { partnershipStatus, statusLabel } from '../../src/lib/status';
import { addMonths, daysBetween, siteDate } from '../../src/lib/dates';
import { fixturePartnership } from '../support/fixtures';

const source = { doc: 'd', section: 's', quote: 'citat' };
const term = (from: string, to: string, basis: 'avtal' | 'förslag' = 'avtal') => ({
  periods: [{ label: 'x', from, to, basis, source }],
});

describe('partnershipStatus', () => {
  it('is active before the last six months, ending soon within them, unknown after', () => {
    expect(partnershipStatus(term('2024-01-01', '2026-12-31'), '2026-06-30')).toMatchObject({
      kind: 'pågår',
      daysLeft: 184,
    });
    expect(partnershipStatus(term('2024-01-01', '2026-12-31'), '2026-07-01')).toMatchObject({
      kind: 'upphör snart',
      daysLeft: 183,
    });
    expect(partnershipStatus(term('2024-01-01', '2026-12-31'), '2026-12-31')).toMatchObject({
      kind: 'upphör snart',
      daysLeft: 0,
    });
    expect(partnershipStatus(term('2024-01-01', '2026-12-31'), '2027-01-01')).toEqual({
      kind: 'okänd',
      lastKnownEnd: '2026-12-31',
    });
    expect(partnershipStatus(term('2024-01-01', '2026-12-31'), '2023-12-31')).toEqual({
      kind: 'kommande',
      startsOn: '2024-01-01',
    });
  });
  it('labels statuses in Swedish', () => {
    expect(statusLabel({ kind: 'upphör snart', endsOn: '2026-12-31', daysLeft: 39, basis: 'förslag' })).toBe(
      'Upphör om 39 dagar',
    );
    expect(statusLabel({ kind: 'okänd', lastKnownEnd: '2021-06-30' })).toBe('Okänd efter 2021-06-30');
  });

  it('counts only decided periods as running; a proposed period after them is "enligt förslag"', () => {
    const periods = {
      periods: [
        { label: 'a', from: '2018-01-01', to: '2023-12-31', basis: 'saknas i källorna' as const, source },
        { label: 'b', from: '2024-01-01', to: '2026-12-31', basis: 'förslag' as const, source },
      ],
    };
    expect(partnershipStatus(periods, '2023-06-01')).toMatchObject({ kind: 'pågår', endsOn: '2023-12-31' });
    expect(partnershipStatus(periods, '2026-11-22')).toEqual({
      kind: 'enligt förslag',
      lastDecidedEnd: '2023-12-31',
      proposedEnd: '2026-12-31',
      daysLeft: 39,
    });
    expect(partnershipStatus(periods, '2027-01-01')).toEqual({ kind: 'okänd', lastKnownEnd: '2026-12-31' });
    expect(statusLabel(partnershipStatus(periods, '2026-11-22'))).toBe('Enligt förslag till 2026-12-31; beslut saknas');
  });
  it('on the fixture: ending soon by the agreement, then only proposed', () => {
    expect(partnershipStatus(fixturePartnership(), '2021-09-01')).toMatchObject({
      kind: 'upphör snart',
      endsOn: '2021-12-31',
      basis: 'avtal',
    });
    expect(partnershipStatus(fixturePartnership(), '2022-10-01')).toEqual({
      kind: 'enligt förslag',
      lastDecidedEnd: '2021-12-31',
      proposedEnd: '2022-12-31',
      daysLeft: 91,
    });
  });
});

describe('dates', () => {
  it('adds months, clamping to the month’s end', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2018-07-01', 12)).toBe('2019-07-01');
  });
  it('counts days across a year end', () => {
    expect(daysBetween('2026-11-22', '2026-12-31')).toBe(39);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
  it('takes the build date from SITE_DATE and rejects a malformed one', () => {
    expect(siteDate({ SITE_DATE: '2026-11-22' })).toBe('2026-11-22');
    expect(siteDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => siteDate({ SITE_DATE: '22/11/2026' })).toThrow(/SITE_DATE/);
  });
});
