import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { schemas } from '../support/load-content';
import { type Raw, rawFollowUp, rawOrganisations, rawPartnership } from '../support/fixtures';

type Collection = keyof typeof schemas;

/** A fresh copy of a fixture entry's raw frontmatter. */
const raw: Record<Collection, () => Raw> = {
  organisations: () => rawOrganisations()['forening-a']!,
  partnerships: rawPartnership,
  documents: rawFollowUp,
};

function issues(collection: Collection, data: unknown): z.core.$ZodIssue[] {
  const result = schemas[collection].safeParse(data);
  return result.success ? [] : result.error.issues;
}

const cases: { rule: string; collection: Collection; mutate: (d: Raw) => void; path: string; message: RegExp }[] = [
  {
    rule: 'a missing required field',
    collection: 'partnerships',
    mutate: (d) => delete d.title,
    path: 'title',
    message: /^en text: fältet saknas, lägg till det$/,
  },
  // A left-out term is unknown and a null one is absent from the agreement; a term written as bare text is neither.
  {
    rule: 'a term written as text instead of an object or null',
    collection: 'partnerships',
    mutate: (d) => (d.terms.notice = 'tre månader'),
    path: 'terms.notice',
    message: /^en grupp av fält/,
  },
  {
    rule: 'a malformed date',
    collection: 'partnerships',
    mutate: (d) => (d.periods[0].from = '2018-13-01'),
    path: 'periods.0.from',
    message: /ÅÅÅÅ-MM-DD.*2018-13-01/,
  },
  {
    rule: 'an end before the start',
    collection: 'partnerships',
    mutate: (d) => (d.funding[0].to = '2019-01-01'),
    path: 'funding.0.to',
    message: /slutdatum/,
  },
  {
    rule: 'a negative amount',
    collection: 'partnerships',
    mutate: (d) => (d.funding[0].amount = -100000),
    path: 'funding.0.amount',
    message: /inte är negativt/,
  },
  {
    rule: 'a figure without a source',
    collection: 'partnerships',
    mutate: (d) => delete d.funding[1].source,
    path: 'funding.1.source',
    message: /källa/,
  },
  {
    rule: 'a key figure without a source',
    collection: 'documents',
    mutate: (d) => delete d.keyFigures[0].source,
    path: 'keyFigures.0.source',
    message: /källa/,
  },
  {
    rule: 'an unknown document kind',
    collection: 'documents',
    mutate: (d) => (d.kind = 'brev'),
    path: 'kind',
    message: /uppföljning, förslag, beslut, protokoll/,
  },
  {
    rule: 'an unknown funding kind',
    collection: 'partnerships',
    mutate: (d) => (d.funding[0].kind = 'bidrag'),
    path: 'funding.0.kind',
    message: /kommunal ersättning, egen insats/,
  },
  {
    rule: 'an uncertain date without a reason',
    collection: 'documents',
    mutate: (d) => (d.date = { value: '2020', precision: 'år' }),
    path: 'date.reason',
    message: /motivering/,
  },
  {
    rule: 'a proposed amount without the proposing document',
    collection: 'partnerships',
    mutate: (d) => delete d.funding.find((l: Raw) => l.status === 'föreslagen').decidedBy,
    path: 'funding.3.decidedBy',
    message: /förslaget/,
  },
  {
    rule: 'an unknown key, with the nearest known one suggested',
    collection: 'partnerships',
    mutate: (d) => (d.funding[0].indexedfrom = d.funding[0].indexedFrom),
    path: 'funding.0',
    message: /menade du "indexedFrom"/,
  },
  {
    rule: 'an unknown top-level key',
    collection: 'organisations',
    mutate: (d) => (d.hemsida = 'https://example.org'),
    path: '',
    message: /bara fält som finns här: name, kind/,
  },
  {
    rule: 'a null for text, in Swedish',
    collection: 'documents',
    mutate: (d) => (d.title = null),
    path: 'title',
    message: /^en text, inte ett tomt värde$/,
  },
  {
    rule: 'a list where a group is expected',
    collection: 'partnerships',
    mutate: (d) => (d.terms = []),
    path: 'terms',
    message: /^en grupp av fält/,
  },
  {
    rule: 'a computation of an unknown kind',
    collection: 'documents',
    mutate: (d) => (d.keyFigures[0].computed = { how: 'medel', of: [1] }),
    path: 'keyFigures.0.computed.how',
    message: /summa, differens/,
  },
  {
    rule: 'an unknown organisation kind',
    collection: 'organisations',
    mutate: (d) => (d.kind = 'förening'),
    path: 'kind',
    message: /idéburen organisation/,
  },
];

describe('content schemas', () => {
  it.each(['organisations', 'partnerships', 'documents'] as const)('accept the fixture %s entry', (collection) => {
    expect(issues(collection, raw[collection]())).toEqual([]);
  });

  it.each(cases)('reject $rule at the field', ({ collection, mutate, path, message }) => {
    const data = raw[collection]();
    mutate(data);
    const found = issues(collection, data);
    const issue = found.find((i) => i.path.join('.') === path);
    expect(issue, JSON.stringify(found.map((i) => [i.path.join('.'), i.message]))).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('reads a YAML date object and a quoted date the same way', () => {
    const data = rawPartnership();
    data.periods[0].from = new Date('2020-01-01T00:00:00Z');
    expect(schemas.partnerships.parse(data).periods[0]!.from).toBe('2020-01-01');
  });
});
