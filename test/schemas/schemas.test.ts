import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { readCollection, schemas } from '../support/load-content';

type Collection = keyof typeof schemas;

function rawEntry(collection: Collection, id: string): Record<string, any> {
  const entry = readCollection(process.cwd(), collection).find((e) => e.id === id);
  if (!entry) throw new Error(`no ${collection}/${id}`);
  return structuredClone(entry.data) as Record<string, any>;
}

function issues(collection: Collection, data: unknown): z.core.$ZodIssue[] {
  const result = schemas[collection].safeParse(data);
  return result.success ? [] : result.error.issues;
}

const cases: { rule: string; collection: Collection; id: string; mutate: (d: Record<string, any>) => void; path: string; message: RegExp }[] = [
  { rule: 'a missing required field', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => delete d.title, path: 'title', message: /./ },
  // A left-out term is unknown and a null one is absent from the agreement; a term written as bare text is neither.
  { rule: 'a term written as text instead of an object or null', collection: 'partnerships', id: 'socialt-och-ekonomiskt-utsatta', mutate: (d) => (d.terms.notice = 'sex månader'), path: 'terms.notice', message: /./ },
  { rule: 'a malformed date', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => (d.periods[0].from = '2018-13-01'), path: 'periods.0.from', message: /ÅÅÅÅ-MM-DD.*2018-13-01/ },
  { rule: 'an end before the start', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => (d.funding[0].to = '2017-01-01'), path: 'funding.0.to', message: /slutdatum/ },
  { rule: 'a negative amount', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => (d.funding[0].amount = -400000), path: 'funding.0.amount', message: /inte är negativt/ },
  { rule: 'a figure without a source', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => delete d.funding[1].source, path: 'funding.1.source', message: /källa/ },
  { rule: 'a key figure without a source', collection: 'documents', id: 'uppfoljning-social-gemenskap-2020', mutate: (d) => delete d.keyFigures[0].source, path: 'keyFigures.0.source', message: /källa/ },
  { rule: 'an unknown document kind', collection: 'documents', id: 'uppfoljning-social-gemenskap-2020', mutate: (d) => (d.kind = 'brev'), path: 'kind', message: /uppföljning, förslag, beslut, protokoll/ },
  { rule: 'an unknown funding kind', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => (d.funding[0].kind = 'bidrag'), path: 'funding.0.kind', message: /kommunal ersättning, egen insats/ },
  { rule: 'an uncertain date without a reason', collection: 'documents', id: 'uppfoljning-social-gemenskap-odaterad', mutate: (d) => delete d.date.reason, path: 'date.reason', message: /motivering/ },
  { rule: 'a proposed amount without the proposing document', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => delete d.funding.find((l: any) => l.status === 'föreslagen').decidedBy, path: 'funding.4.decidedBy', message: /förslaget/ },
  { rule: 'an unknown key, with the nearest known one suggested', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => (d.funding[0].indexedfrom = d.funding[0].indexedFrom), path: 'funding.0', message: /menade du "indexedFrom"/ },
  { rule: 'an unknown top-level key', collection: 'organisations', id: 'iogt-nto', mutate: (d) => (d.hemsida = 'https://iogt.se'), path: '', message: /bara fält som finns här: name, kind/ },
  { rule: 'a null for text, in Swedish', collection: 'documents', id: 'uppfoljning-social-gemenskap-2020', mutate: (d) => (d.title = null), path: 'title', message: /^en text, inte ett tomt värde$/ },
  { rule: 'a list where a group is expected', collection: 'partnerships', id: 'social-gemenskap-och-kamratstod', mutate: (d) => (d.terms = []), path: 'terms', message: /^en grupp av fält/ },
  { rule: 'a computation of an unknown kind', collection: 'documents', id: 'uppfoljning-social-gemenskap-2020', mutate: (d) => (d.keyFigures[0].computed = { how: 'medel', of: [1] }), path: 'keyFigures.0.computed.how', message: /summa, differens/ },
  { rule: 'an unknown organisation kind', collection: 'organisations', id: 'iogt-nto', mutate: (d) => (d.kind = 'förening'), path: 'kind', message: /idéburen organisation/ },
];

describe('content schemas', () => {
  it.each(['organisations', 'partnerships', 'documents'] as const)('accept every real %s entry', (collection) => {
    for (const entry of readCollection(process.cwd(), collection)) expect(issues(collection, entry.data), entry.filePath).toEqual([]);
  });

  it.each(cases)('reject $rule at the field', ({ collection, id, mutate, path, message }) => {
    const data = rawEntry(collection, id);
    mutate(data);
    const found = issues(collection, data);
    const issue = found.find((i) => i.path.join('.') === path);
    expect(issue, JSON.stringify(found.map((i) => [i.path.join('.'), i.message]))).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('reads a YAML date object and a quoted date the same way', () => {
    const data = rawEntry('partnerships', 'social-gemenskap-och-kamratstod');
    data.periods[0].from = new Date('2018-01-01T00:00:00Z');
    const parsed = schemas.partnerships.parse(data);
    expect(parsed.periods[0]!.from).toBe('2018-01-01');
  });
});
