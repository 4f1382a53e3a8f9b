import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  allowedValues,
  documentTemplate,
  isValidId,
  organisationTemplate,
  partnershipTemplate,
  toId,
} from '../../src/lib/editor/templates';
import { datePrecisions, documentKinds, documentSchema, obtainedAs, transcriptions } from '../../src/schemas/document';
import { fundingKinds, fundingStatuses } from '../../src/schemas/funding';
import { organisationKinds, organisationSchema } from '../../src/schemas/organisation';
import { partnershipSchema, periodBasis } from '../../src/schemas/partnership';
import { computationKinds } from '../../src/schemas/primitives';
import { splitFrontmatter } from '../support/load-content';

/** Every property name anywhere in a schema, as editors type them. */
function propertyNames(schema: z.ZodType): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      // A reference's long form { id, collection } is not something editors write.
      const isReference = properties && Object.keys(properties).join() === 'id,collection';
      if (properties && !isReference) for (const key of Object.keys(properties)) names.add(key);
      Object.values(node).forEach(walk);
    }
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  names.delete('$schema');
  return names;
}

/** Keys written in a template, also in comments (optional fields are shown commented out). */
const keysIn = (text: string) => new Set([...text.matchAll(/(?:^|[\s{,#-])([A-Za-z]+):(?=\s)/gm)].map((m) => m[1]));

describe('templates', () => {
  it.each([
    ['organisation', organisationTemplate(), organisationSchema],
    ['partnerskap', partnershipTemplate(), partnershipSchema],
    ['dokument (uppföljning)', documentTemplate({ kind: 'uppföljning' }), documentSchema.options[0]],
    ['dokument (förslag)', documentTemplate({ kind: 'förslag' }), documentSchema.options[1]],
    ['dokument (nyhet)', documentTemplate({ kind: 'nyhet' }), documentSchema.options[3]],
  ] as const)('%s names every field of its schema', (_, text, schema) => {
    const missing = [...propertyNames(schema as z.ZodType)].filter((key) => !keysIn(text).has(key));
    expect(missing).toEqual([]);
  });

  it('lists the allowed values the schemas allow', () => {
    expect(allowedValues.organisationKinds).toEqual(organisationKinds);
    expect(allowedValues.documentKinds).toEqual(documentKinds);
    expect(allowedValues.datePrecisions).toEqual(datePrecisions);
    expect(allowedValues.fundingKinds).toEqual(fundingKinds);
    expect(allowedValues.fundingStatuses).toEqual(fundingStatuses);
    expect(allowedValues.periodBasis).toEqual(periodBasis);
    expect(allowedValues.transcriptions).toEqual(transcriptions);
    expect(allowedValues.obtained).toEqual(obtainedAs);
    expect(allowedValues.computationKinds).toEqual(computationKinds);
    const enums = JSON.stringify(z.toJSONSchema(partnershipSchema, { io: 'input', unrepresentable: 'any' }));
    expect(enums).toContain(JSON.stringify(allowedValues.totalScopes));
    expect(JSON.stringify(z.toJSONSchema(documentSchema, { io: 'input', unrepresentable: 'any' }))).toContain(
      JSON.stringify(allowedValues.adoption),
    );
  });

  it('points YAML-aware editors at the collection JSON Schemas Astro writes', () => {
    expect(organisationTemplate().split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../.astro/collections/organisations.schema.json',
    );
    expect(partnershipTemplate().split('\n')[1]).toBe(
      '# yaml-language-server: $schema=../../.astro/collections/partnerships.schema.json',
    );
    expect(documentTemplate().split('\n')[1]).toBe(
      '# yaml-language-server: $schema=../../.astro/collections/documents.schema.json',
    );
  });

  it('is valid YAML that fails the schema only on the fields left to fill', () => {
    const result = organisationSchema.safeParse(parse(organisationTemplate()));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'description']));
    const doc = splitFrontmatter(
      documentTemplate({ title: 'T', sourceFile: 'f.txt', date: '2020-05-01', dnr: 'ON 2020-1' }),
    );
    expect(doc.data).toMatchObject({
      title: 'T',
      sourceFile: 'f.txt',
      date: { value: '2020-05-01', precision: 'dag' },
      dnr: 'ON 2020-1',
    });
  });

  it('writes lines to check as comments and the body below the frontmatter', () => {
    const text = documentTemplate({
      checks: ['rad 40: kort rad: rubrik eller vanlig text?'],
      body: '## Bakgrund\n\nText.\n',
    });
    expect(text).toContain('#   rad 40: kort rad: rubrik eller vanlig text?');
    expect(splitFrontmatter(text).body).toBe('\n## Bakgrund\n\nText.\n');
  });

  it('makes ids that are valid file names', () => {
    expect(toId('Uppföljning av IOP – Social gemenskap, 2020')).toBe('uppfoljning-av-iop-social-gemenskap-2020');
    expect(isValidId(toId('Åtgärder för ÄLDRE i Linköping'))).toBe(true);
    expect(isValidId('Stor bokstav')).toBe(false);
    expect(isValidId('a--b')).toBe(false);
  });
});
