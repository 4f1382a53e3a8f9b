import { describe, expect, it } from 'vitest';
import { basisClause, basisLabel, basisText, partiesOf, partyIdsOf } from '../../src/lib/partnership-parts';
import { periodBasis } from '../../src/schemas/partnership';
import { fixturePartnership } from '../support/fixtures';

describe('partiesOf', () => {
  it('lists the public party first, then the idea-based parties in order', () => {
    expect(partiesOf(fixturePartnership()).map((p) => p.organisation.id)).toEqual([
      'namnd',
      'forening-a',
      'forening-b',
    ]);
  });
  it('gives each organisation once, even when it takes part twice', () => {
    const twice = fixturePartnership((raw) => raw.ideaParties.push({ ...raw.ideaParties[0] }));
    expect(partyIdsOf(twice)).toEqual(['namnd', 'forening-a', 'forening-b']);
  });
});

describe('period basis', () => {
  it('has a phrase for every basis the schema allows, and never calls a proposal a decision', () => {
    for (const basis of periodBasis) expect(basisText(basis).length, basis).toBeGreaterThan(0);
    expect(basisText('förslag')).toBe('förslag, beslut saknas bland källorna');
    expect(basisText('saknas i källorna')).toBe('beslut saknas bland källorna');
  });
  it('has a label for the periods table that still says a proposal is not a decision', () => {
    for (const basis of periodBasis) expect(basisLabel(basis)).toMatch(/^[A-ZÅÄÖ]/);
    expect(basisLabel('förslag')).toBe('Förslag (beslut saknas bland källorna)');
  });
  it('has a clause after a period in the decision facts that says when the decision is missing', () => {
    for (const basis of periodBasis) expect(basisClause(basis).length, basis).toBeGreaterThan(0);
    expect(basisClause('förslag')).toBe('enligt förslag; beslutet finns inte bland källorna');
    expect(basisClause('saknas i källorna')).toBe('beslutet finns inte bland källorna');
    expect(basisClause('beslut')).toBe('beslut');
  });
});
