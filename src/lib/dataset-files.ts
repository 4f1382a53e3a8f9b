import { toCsv } from './csv';
import {
  DOCUMENT_COLUMNS,
  FACT_COLUMNS,
  FUNDING_COLUMNS,
  KEY_FIGURE_COLUMNS,
  PARTY_COLUMNS,
  documentRecords,
  factRecords,
  fundingRecords,
  keyFigureRecords,
  partyRecords,
} from './open-data';
import { factStates } from './facts';
import { municipalityOf } from './municipality';
import { DATASETS, dcatCatalogue } from './dataset-catalog';
import { organisationNameIn, type SiteData } from './site-index';
import { absoluteUrl, organisationUrl, partnershipUrl } from './urls';
import { partnershipStatus, statusLabel } from './status';

/** References are written as plain ids in the downloads. */
function plainReferences(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && 'collection' in value && 'id' in value && Object.keys(value).length === 2)
    return (value as { id: string }).id;
  return value;
}

const json = (value: unknown) => `${JSON.stringify(value, plainReferences, 2)}\n`;

/**
 * The file names under /data/, without building the files: the catalogue's formats, plus two files it does not
 * describe.
 */
export const DATASET_FILE_NAMES = [
  ...DATASETS.flatMap((dataset) => dataset.formats.map((format) => format.file)),
  'organisationer.json',
  'katalog.jsonld',
];

const built = new WeakMap<SiteData, Map<string, Map<string, { body: string; type: string }>>>();

/** Every file under /data/, by name: its body and media type; built once per build and site address. */
export function datasetFiles(data: SiteData, site: URL): Map<string, { body: string; type: string }> {
  const bySite = built.get(data) ?? new Map<string, Map<string, { body: string; type: string }>>();
  built.set(data, bySite);
  const cached = bySite.get(site.href);
  if (cached) return cached;
  const files = buildDatasetFiles(data, site);
  bySite.set(site.href, files);
  return files;
}

function buildDatasetFiles(data: SiteData, site: URL): Map<string, { body: string; type: string }> {
  const orgData = new Map(data.organisations.map((o) => [o.id, o.data]));
  const municipality = (id: string) => {
    const p = data.partnershipById.get(id);
    return p ? data.municipalityOfPartnership(p) : undefined;
  };
  const nameIn = (id: string, doc: string) => organisationNameIn(data, id, doc);
  const funding = fundingRecords(data.partnerships, orgData, site, municipality);
  const parties = partyRecords(data.partnerships, orgData, site, municipality);
  const documents = documentRecords(data.partnerships, data.documents, site, municipality, nameIn);
  const keyFigures = keyFigureRecords(data.documents, site, municipality);
  const facts = factRecords(data.partnerships, site, municipality);
  const csv = 'text/csv; charset=utf-8';
  const js = 'application/json; charset=utf-8';
  const newest =
    data.documentPages
      .flatMap((d) => (d.date ? [d.date] : []))
      .sort()
      .at(-1) ?? data.today;
  return new Map([
    ['finansiering.csv', { body: toCsv(FUNDING_COLUMNS, funding), type: csv }],
    ['finansiering.json', { body: json(funding), type: js }],
    ['parter.csv', { body: toCsv(PARTY_COLUMNS, parties), type: csv }],
    ['parter.json', { body: json(parties), type: js }],
    ['dokument.csv', { body: toCsv(DOCUMENT_COLUMNS, documents), type: csv }],
    ['dokument.json', { body: json(documents), type: js }],
    ['nyckeltal.csv', { body: toCsv(KEY_FIGURE_COLUMNS, keyFigures), type: csv }],
    ['nyckeltal.json', { body: json(keyFigures), type: js }],
    ['villkor.csv', { body: toCsv(FACT_COLUMNS, facts), type: csv }],
    ['villkor.json', { body: json(facts), type: js }],
    ['partnerskap.json', { body: json(data.partnerships.map((p) => partnershipJson(data, p, site))), type: js }],
    [
      'organisationer.json',
      {
        // A municipal body carries its own municipality; other organisations those of their partnerships ("; "-joined).
        body: json(
          data.organisations.map((o) => {
            const own = municipalityOf(orgData, o.id);
            const ms = own ? [own] : data.municipalitiesOfOrganisation(o.id);
            return {
              id: o.id,
              url: absoluteUrl(organisationUrl(o.id), site),
              kommun: ms.map((m) => m.name).join('; ') || null,
              kommunkod: ms.map((m) => m.code).join('; ') || null,
              ...o.data,
            };
          }),
        ),
        type: js,
      },
    ],
    [
      'katalog.jsonld',
      {
        body: json(dcatCatalogue(site, newest.length === 4 ? `${newest}-01-01` : newest)),
        type: 'application/ld+json; charset=utf-8',
      },
    ],
  ]);
}

/** A partnership as JSON; whoever convenes follow-ups is also named as the passage naming them does. */
function partnershipJson(data: SiteData, p: SiteData['partnerships'][number], site: URL) {
  const followUp = p.data.terms.followUp;
  const convenerDoc = followUp?.convenedBySource?.doc ?? followUp?.source.doc;
  const terms =
    followUp?.convenedBy && convenerDoc
      ? {
          ...p.data.terms,
          followUp: { ...followUp, convenedByName: organisationNameIn(data, followUp.convenedBy.id, convenerDoc) },
        }
      : p.data.terms;
  const status = partnershipStatus(p.data, data.today);
  const m = data.municipalityOfPartnership(p);
  return {
    id: p.id,
    url: absoluteUrl(partnershipUrl(p.id), site),
    kommun: m.name,
    kommunkod: m.code,
    status: { ...status, label: statusLabel(status), on: data.today },
    uppgiftslage: Object.fromEntries(factStates(p.data).map((f) => [f.fact, f.state])),
    ...p.data,
    terms,
  };
}
