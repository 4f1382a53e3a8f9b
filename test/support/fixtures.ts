// A small, made-up corpus for unit tests, built inline the way the content layer hands entries over (in the spirit
// of Starlight's mockedAstroContent): raw frontmatter objects run through the real schemas, bodies written out. It
// passes every integrity rule, so a test can break exactly one thing. Unit tests use this, never content/: the real
// content is checked in one place, the seed facts (test/lib/seed-facts.test.ts and test/e2e/seed-facts.test.ts).
//
// The world: Exempelkommun with its board (nämnd); Förening A and Förening B. One partnership "samverkan":
// agreement 2020-01-01 – 2021-12-31 (calendar years), signed 2019-12-15, three months' notice, paid in January,
// two follow-ups a year, no decision deadline and no repayment term. Förening A gets 100 000 kr/yr, indexed from
// 2021 (so 2021 is unknown); Förening B 50 000 kr/yr; Förening A's own contribution is 30 000 kr/yr (two items);
// stated totals for 2020: 150 000 kr municipal, 180 000 kr in all. An extension for 2022 only proposed (Förening A
// 110 000 kr), by a proposal dated 2021-10-01 whose adoption the sources do not show. One follow-up report dated
// 2020-11-15 with a finding and a key figure (40 visitors a week) under the goal "delta".
import type { z } from 'astro/zod';
import { documentSchema, type DocumentData } from '../../src/schemas/document';
import { organisationSchema, type OrganisationData } from '../../src/schemas/organisation';
import { partnershipSchema, type PartnershipData } from '../../src/schemas/partnership';
import type { EntryLike, SiteContent } from '../../src/lib/integrity';
import { indexSite, type SiteData } from '../../src/lib/site-index';
import { siteSettingsSchema } from '../../src/schemas/site';

/** Raw frontmatter, as YAML would give it. */
export type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const P = 'samverkan';
export const FOLLOW_UP = 'uppfoljning-2020';
export const PROPOSAL = 'forslag-forlangning';

export const AGREEMENT_BODY = `## Parter

Exempelnämnden och Förening A och Förening B ingår denna överenskommelse.

## Syfte

Syftet är att minska ensamhet bland äldre i kommunen.

## Mål

Fler äldre deltar i gemensamma aktiviteter varje vecka.

## Period

Överenskommelsen gäller från 2020-01-01 till 2021-12-31.

## Ekonomi

Nämnden betalar Förening A 100 000 kronor per år.
Nämnden betalar Förening B 50 000 kronor per år.
Sammanlagt betalar nämnden 150 000 kronor per år.
Överenskommelsens värde är 180 000 kronor per år.
Förening A bidrar med ideella insatser värda 30 000 kronor per år.
Värdarnas tid värderas till 20 000 kronor och fikat till 10 000 kronor.
Beloppen räknas upp med index från 2021-01-01.

## Villkor

Överenskommelsen undertecknades i Exempelstad den 15 december 2019.
Uppsägningstiden är tre månader.
Ersättningen betalas ut i januari varje år.
Partnerskapet följs upp två gånger per år.
`;

export const FOLLOW_UP_BODY = `## Resultat

Förening A har haft 40 besökare i veckan under hösten 2020.
Aktiviteterna har nått fler äldre än tidigare.
`;

export const PROPOSAL_BODY = `## Förslag till beslut

Överenskommelsen förlängs till och med 2022-12-31.
Nämnden betalar Förening A 110 000 kronor under 2022.
`;

const a = (section: string, quote: string) => ({ doc: P, section, quote });

const party = (organisation: string, nameInAgreement: string) => ({
  organisation,
  nameInAgreement,
  role: 'Part i överenskommelsen.',
  source: a('parter', 'Exempelnämnden och Förening A och Förening B ingår denna överenskommelse.'),
});

export function rawOrganisations(): Record<string, Raw> {
  const names = (name: string) => [{ name, usedIn: [a('parter', 'Exempelnämnden och Förening A')] }];
  return {
    kommun: {
      name: 'Exempelkommun',
      kind: 'kommun',
      code: '0999',
      description: 'En kommun.',
      names: names('Exempelkommun'),
    },
    namnd: {
      name: 'Exempelnämnden',
      kind: 'nämnd',
      description: 'En nämnd.',
      partOf: 'kommun',
      names: names('Exempelnämnden'),
    },
    'forening-a': {
      name: 'Förening A',
      kind: 'idéburen organisation',
      description: 'En förening.',
      names: names('Förening A'),
    },
    'forening-b': {
      name: 'Förening B',
      kind: 'idéburen organisation',
      description: 'En förening.',
      names: names('Förening B'),
    },
  };
}

export function rawPartnership(): Raw {
  const economy = (quote: string) => a('ekonomi', quote);
  return {
    title: 'Samverkan mot ensamhet',
    agreement: { transcription: 'hel', obtained: 'skannad' },
    shortTitle: 'Samverkan',
    municipality: 'kommun',
    sourceFile: 'samverkan.pdf',
    summary: 'Föreningarna ordnar träffar för äldre.',
    publicParty: party('namnd', 'Exempelnämnden'),
    ideaParties: [party('forening-a', 'Förening A'), party('forening-b', 'Förening B')],
    purpose: [
      { text: 'Minska ensamhet.', source: a('syfte', 'Syftet är att minska ensamhet bland äldre i kommunen.') },
    ],
    goals: [
      { id: 'delta', text: 'Fler äldre deltar.', source: a('mål', 'Fler äldre deltar i gemensamma aktiviteter') },
    ],
    targetGroups: [{ text: 'Äldre.', source: a('syfte', 'ensamhet bland äldre') }],
    valueBase: [{ text: 'Samverkan.', source: a('parter', 'ingår denna överenskommelse') }],
    periods: [
      {
        label: 'Överenskommelsen',
        from: '2020-01-01',
        to: '2021-12-31',
        basis: 'avtal',
        source: a('period', 'Överenskommelsen gäller från 2020-01-01 till 2021-12-31.'),
      },
      {
        label: 'Förlängning enligt förslag',
        from: '2022-01-01',
        to: '2022-12-31',
        basis: 'förslag',
        document: PROPOSAL,
        source: {
          doc: PROPOSAL,
          section: 'förslag-till-beslut',
          quote: 'Överenskommelsen förlängs till och med 2022-12-31.',
        },
      },
    ],
    terms: {
      signed: {
        date: '2019-12-15',
        place: 'Exempelstad',
        signatories: [{ name: null, for: 'Exempelnämnden' }],
        source: a('villkor', 'Överenskommelsen undertecknades i Exempelstad den 15 december 2019.'),
      },
      decisionDeadline: null,
      notice: { months: 3, text: 'Tre månader.', source: a('villkor', 'Uppsägningstiden är tre månader.') },
      repayment: null,
      payment: { month: 1, text: 'I januari.', source: a('villkor', 'Ersättningen betalas ut i januari varje år.') },
      indexation: {
        index: 'index',
        from: '2021-01-01',
        text: 'Räknas upp med index.',
        source: economy('Beloppen räknas upp med index från 2021-01-01.'),
      },
      followUp: {
        perYear: 2,
        text: 'Två gånger per år.',
        source: a('villkor', 'Partnerskapet följs upp två gånger per år.'),
      },
    },
    funding: [
      {
        party: 'forening-a',
        kind: 'kommunal ersättning',
        payer: 'namnd',
        from: '2020-01-01',
        to: '2021-12-31',
        perYear: true,
        amount: 100000,
        status: 'dokumenterad',
        indexedFrom: '2021-01-01',
        source: economy('Nämnden betalar Förening A 100 000 kronor per år.'),
      },
      {
        party: 'forening-b',
        kind: 'kommunal ersättning',
        payer: 'namnd',
        from: '2020-01-01',
        to: '2021-12-31',
        perYear: true,
        amount: 50000,
        status: 'dokumenterad',
        source: economy('Nämnden betalar Förening B 50 000 kronor per år.'),
      },
      {
        party: 'forening-a',
        kind: 'egen insats',
        from: '2020-01-01',
        to: '2021-12-31',
        perYear: true,
        amount: 30000,
        status: 'dokumenterad',
        groups: [
          {
            label: 'Ideella insatser',
            items: [
              { label: 'Värdar', amount: 20000, source: economy('Värdarnas tid värderas till 20 000 kronor') },
              { label: 'Fika', amount: 10000, source: economy('fikat till 10 000 kronor') },
            ],
            statedSubtotal: 30000,
            source: economy('Förening A bidrar med ideella insatser värda 30 000 kronor per år.'),
          },
        ],
        source: economy('Förening A bidrar med ideella insatser värda 30 000 kronor per år.'),
      },
      {
        party: 'forening-a',
        kind: 'kommunal ersättning',
        payer: 'namnd',
        from: '2022-01-01',
        to: '2022-12-31',
        perYear: false,
        amount: 110000,
        status: 'föreslagen',
        decidedBy: PROPOSAL,
        source: {
          doc: PROPOSAL,
          section: 'förslag-till-beslut',
          quote: 'Nämnden betalar Förening A 110 000 kronor under 2022.',
        },
      },
    ],
    statedTotals: [
      {
        label: 'Kommunal ersättning per år',
        scope: 'kommunal ersättning',
        from: '2020-01-01',
        to: '2020-12-31',
        amount: 150000,
        source: economy('Sammanlagt betalar nämnden 150 000 kronor per år.'),
      },
      {
        label: 'Överenskommelsens värde per år',
        scope: 'alla',
        from: '2020-01-01',
        to: '2020-12-31',
        amount: 180000,
        source: economy('Överenskommelsens värde är 180 000 kronor per år.'),
      },
    ],
  };
}

export function rawFollowUp(): Raw {
  const result = (quote: string) => ({ doc: FOLLOW_UP, section: 'resultat', quote });
  return {
    kind: 'uppföljning',
    title: 'Uppföljning hösten 2020',
    partnership: P,
    date: { value: '2020-11-15', precision: 'dag' },
    issuer: 'namnd',
    transcription: 'hel',
    obtained: 'skannad',
    sourceFile: 'uppfoljning.pdf',
    summary: 'Fler besökare.',
    findings: [
      {
        party: 'forening-a',
        goal: 'delta',
        text: 'Fler äldre nås.',
        source: result('Aktiviteterna har nått fler äldre än tidigare.'),
      },
    ],
    keyFigures: [
      {
        id: 'besokare',
        label: 'Besökare i veckan',
        value: 40,
        unit: 'personer',
        period: 'hösten 2020',
        party: 'forening-a',
        goal: 'delta',
        source: result('Förening A har haft 40 besökare i veckan under hösten 2020.'),
      },
    ],
  };
}

export function rawProposal(): Raw {
  return {
    kind: 'förslag',
    title: 'Förslag om förlängning',
    partnership: P,
    date: { value: '2021-10-01', precision: 'dag' },
    issuer: 'namnd',
    transcription: 'hel',
    obtained: 'digital',
    sourceFile: 'forslag.pdf',
    summary: 'Förlängning ett år.',
    points: [
      {
        text: 'Förläng till 2022-12-31.',
        source: {
          doc: PROPOSAL,
          section: 'förslag-till-beslut',
          quote: 'Överenskommelsen förlängs till och med 2022-12-31.',
        },
      },
    ],
    newPeriod: { from: '2022-01-01', to: '2022-12-31' },
    adoption: 'framgår inte av källorna',
  };
}

function parsed<S extends z.ZodType>(schema: S, id: string, filePath: string, raw: Raw, body?: string) {
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new Error(
      `fixture ${filePath}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { id, filePath, data: result.data as z.output<S>, ...(body === undefined ? {} : { body }) };
}

export const organisationEntry = (id: string, raw: Raw): EntryLike<OrganisationData> =>
  parsed(organisationSchema, id, `content/organisations/${id}.yaml`, raw);

export const partnershipEntry = (id: string, raw: Raw, body = AGREEMENT_BODY): EntryLike<PartnershipData> =>
  parsed(partnershipSchema, id, `content/partnerships/${id}.mdx`, raw, body);

export const documentEntry = (id: string, raw: Raw, body: string): EntryLike<DocumentData> =>
  parsed(documentSchema, id, `content/documents/${id}.mdx`, raw, body);

/** The whole fixture corpus, freshly parsed (so a test may change it). */
export function fixtureContent(): SiteContent {
  return {
    organisations: Object.entries(rawOrganisations()).map(([id, raw]) => organisationEntry(id, raw)),
    partnerships: [partnershipEntry(P, rawPartnership())],
    documents: [
      documentEntry(FOLLOW_UP, rawFollowUp(), FOLLOW_UP_BODY),
      documentEntry(PROPOSAL, rawProposal(), PROPOSAL_BODY),
    ],
  };
}

/** The fixture partnership's data, with `change` applied to its raw frontmatter first. */
export function fixturePartnership(change: (raw: Raw) => void = () => {}): PartnershipData {
  const raw = rawPartnership();
  change(raw);
  return partnershipEntry(P, raw).data;
}

/** Organisation names of the fixture world, as pages look them up. */
export const fixtureNames = (id: string): string => rawOrganisations()[id]?.name ?? id;

/** The fixture corpus indexed as pages see it (src/lib/site-index.ts), on a given build date. */
export function fixtureSite(today = '2021-09-01', content: SiteContent = fixtureContent()): SiteData {
  const entries = <C extends string, E extends EntryLike<unknown>>(collection: C, list: E[]) =>
    list.map((entry) => ({ ...entry, collection })) as never;
  return indexSite({
    organisations: entries('organisations', content.organisations),
    partnerships: entries('partnerships', content.partnerships),
    documents: entries('documents', content.documents),
    settings: siteSettingsSchema.parse({ scope: 'kommun', publisher: 'kommun', contact: 'via växeln' }),
    today,
    // Every fixture file last changed on 2021-06-01, so pages' dates are predictable.
    lastChanged: (files) => (files.length > 0 ? '2021-06-01' : undefined),
  });
}
