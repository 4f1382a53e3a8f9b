import type { DocumentData } from '../schemas/document';
import type { OrganisationData } from '../schemas/organisation';
import type { PartnershipData } from '../schemas/partnership';
import { documentKindLabels } from '../schemas/document';
import type { SourceRef } from '../schemas/primitives';
import { fundingSeries } from './funding';
import { sourceUrl } from './sources';
import { STATEFUL_FACTS, factState, factValue, notStatedText } from './facts';
import { formatMonthName } from './format';

/** The municipality or region a partnership belongs to, for the kommun/kommunkod columns. */
export type MunicipalityOfPartnership = (partnershipId: string) => { name: string; code: string } | undefined;

const noMunicipality: MunicipalityOfPartnership = () => undefined;

const municipalityColumns = (municipality: MunicipalityOfPartnership, partnershipId: string) => {
  const m = municipality(partnershipId);
  return { kommun: m?.name ?? null, kommunkod: m?.code ?? null };
};

/** Several sources of one value joined with " | " (a sum of lines has one per part). */
const joined = (sources: SourceRef[], pick: (s: SourceRef) => string) => (sources.length > 0 ? sources.map(pick).join(' | ') : null);

/** Rows of the open datasets. Links are absolute so a downloaded row still leads back to its source. */
interface Entry<D> {
  id: string;
  data: D;
}

export const FUNDING_COLUMNS = [
  'partnerskap_id', 'partnerskap', 'kommun', 'kommunkod', 'part_id', 'part', 'slag', 'avtalsar', 'fran', 'till', 'belopp_kr',
  'delbelopp_kr', 'status', 'forklaring', 'kalla_dokument', 'kalla_citat', 'kalla_lank',
] as const;

export type FundingRecord = Record<(typeof FUNDING_COLUMNS)[number], string | number | null>;

/** One row per partnership × party × agreement year × kind; unknown amounts are empty, never 0. */
export function fundingRecords(
  partnerships: Entry<PartnershipData>[],
  names: Map<string, string>,
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
): FundingRecord[] {
  return partnerships.flatMap((p) =>
    fundingSeries(p.data).flatMap((row) =>
      row.cells.map((cell) => ({
        partnerskap_id: p.id,
        partnerskap: p.data.shortTitle,
        ...municipalityColumns(municipality, p.id),
        part_id: row.partyId,
        part: names.get(row.partyId) ?? row.partyId,
        slag: row.kind,
        avtalsar: cell.year.label,
        fran: cell.year.from,
        till: cell.year.to,
        belopp_kr: cell.amount,
        delbelopp_kr: cell.parts ? cell.parts.map((part) => (part.amount === null ? '' : String(part.amount))).join('; ') : null,
        status: cell.status,
        forklaring: cell.explanation,
        ...((sources) => ({
          kalla_dokument: joined(sources, (s) => s.doc),
          kalla_citat: joined(sources, (s) => s.quote),
          kalla_lank: joined(sources, (s) => new URL(sourceUrl(s), site).href),
        }))(cell.parts ? cell.parts.flatMap((part) => (part.source ? [part.source] : [])) : cell.source ? [cell.source] : []),
      })),
    ),
  );
}

export const PARTY_COLUMNS = [
  'partnerskap_id', 'partnerskap', 'kommun', 'kommunkod', 'organisation_id', 'organisation', 'tidigare_namn', 'roll',
  'namn_i_overenskommelsen', 'beskrivning', 'kalla_dokument', 'kalla_lank',
] as const;

export function partyRecords(
  partnerships: Entry<PartnershipData>[],
  organisations: Map<string, OrganisationData>,
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
) {
  return partnerships.flatMap((p) =>
    [p.data.publicParty, ...p.data.ideaParties].map((party, i) => {
      const org = organisations.get(party.organisation.id);
      return {
        partnerskap_id: p.id,
        partnerskap: p.data.shortTitle,
        ...municipalityColumns(municipality, p.id),
        organisation_id: party.organisation.id,
        organisation: org?.name ?? party.organisation.id,
        tidigare_namn: (org?.names ?? []).map((n) => n.name).filter((n) => n !== org?.name).join('; '),
        roll: i === 0 ? 'offentlig part' : 'idéburen part',
        // Empty when the agreement is not among the sources: the name it uses is unknown.
        namn_i_overenskommelsen: party.nameInAgreement ?? null,
        beskrivning: party.role,
        kalla_dokument: party.source.doc,
        kalla_lank: new URL(sourceUrl(party.source), site).href,
      };
    }),
  );
}

export const KEY_FIGURE_COLUMNS = [
  'dokument_id', 'dokument', 'dokument_datum', 'partnerskap_id', 'kommun', 'kommunkod', 'nyckeltal_id', 'nyckeltal', 'varde',
  'varde_max', 'ungefarligt', 'enhet', 'period', 'part_id', 'mal_id', 'kalla_citat', 'kalla_lank',
] as const;

export function keyFigureRecords(documents: Entry<DocumentData>[], site: URL, municipality: MunicipalityOfPartnership = noMunicipality) {
  return documents.flatMap((d) =>
    d.data.kind !== 'uppföljning'
      ? []
      : d.data.keyFigures.map((f) => ({
          dokument_id: d.id,
          dokument: d.data.title,
          dokument_datum: d.data.date.value ?? null,
          partnerskap_id: d.data.partnership.id,
          ...municipalityColumns(municipality, d.data.partnership.id),
          nyckeltal_id: f.id,
          nyckeltal: f.label,
          varde: f.value,
          varde_max: f.valueMax ?? null,
          ungefarligt: f.approximate ? 'ja' : 'nej',
          enhet: f.unit,
          period: f.period,
          part_id: f.party?.id ?? null,
          mal_id: f.goal ?? null,
          kalla_citat: f.source.quote,
          kalla_lank: new URL(sourceUrl(f.source), site).href,
        })),
  );
}

export const DOCUMENT_COLUMNS = [
  'dokument_id', 'typ', 'titel', 'arbetsnamn', 'datum', 'datum_precision', 'datum_motivering', 'utfardare_id', 'utfardare', 'diarienummer',
  'webbadress', 'avskrift', 'inhamtad', 'partnerskap_id', 'kommun', 'kommunkod', 'antagen', 'lank',
] as const;

/** Every document among the sources: the agreements that are among them, then the other documents. */
export function documentRecords(
  partnerships: Entry<PartnershipData>[],
  documents: Entry<DocumentData>[],
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
  names: Map<string, string> = new Map(),
) {
  return [
    ...partnerships.flatMap((p) => {
      const agreement = p.data.agreement;
      if (agreement === null) return [];
      const signed = p.data.terms.signed?.date;
      const issuer = p.data.publicParty.organisation.id;
      return [
        {
          dokument_id: p.id, typ: 'överenskommelse', titel: p.data.title, arbetsnamn: p.data.workingTitle ? 'ja' : 'nej',
          datum: signed ?? null, datum_precision: signed ? 'dag' : 'okänd', datum_motivering: signed ? null : 'Undertecknandets datum finns inte bland källorna.',
          utfardare_id: issuer, utfardare: names.get(issuer) ?? null, diarienummer: p.data.dnr.map((d) => d.value).join('; ') || null,
          webbadress: agreement.url ?? null, avskrift: agreement.transcription, inhamtad: agreement.obtained,
          partnerskap_id: p.id, ...municipalityColumns(municipality, p.id), antagen: null,
          lank: new URL(`/dokument/${p.id}/`, site).href,
        },
      ];
    }),
    ...documents.map((d) => ({
      dokument_id: d.id, typ: d.data.kind, titel: d.data.title, arbetsnamn: 'nej',
      datum: d.data.date.value ?? null, datum_precision: d.data.date.precision, datum_motivering: d.data.date.reason ?? null,
      utfardare_id: d.data.issuer.id, utfardare: names.get(d.data.issuer.id) ?? null, diarienummer: d.data.dnr ?? null,
      webbadress: d.data.url ?? null, avskrift: d.data.transcription, inhamtad: d.data.obtained,
      partnerskap_id: d.data.partnership.id, ...municipalityColumns(municipality, d.data.partnership.id),
      antagen: d.data.kind === 'förslag' || d.data.kind === 'beslut' ? d.data.adoption : null,
      lank: new URL(`/dokument/${d.id}/`, site).href,
    })),
  ];
}

export const FACT_COLUMNS = [
  'partnerskap_id', 'partnerskap', 'kommun', 'kommunkod', 'uppgift', 'lage', 'text', 'kalla_dokument', 'kalla_citat', 'kalla_lank',
] as const;

type Stated = { text?: string; source: SourceRef } & Record<string, unknown>;

/** The words of a stated term, as the partnership page gives them. */
function statedText(fact: string, value: Stated): string {
  if (fact === 'terms.signed') return [value.date, value.place].filter(Boolean).join(', ') || 'undertecknad (datum och ort okända)';
  if (fact === 'terms.decisionDeadline') return String(value.date);
  if (fact === 'terms.payment') return `${formatMonthName(value.month as number)}. ${value.text ?? ''}`.trim();
  return value.text ?? '';
}

/**
 * One row per fact or term of each partnership, in one of three states: "anges" (stated, with its passage; one row
 * per item of a list), "anges inte i överenskommelsen" (the whole agreement is among the sources and does not
 * state it) or "okänd" (not among the sources).
 */
export function factRecords(partnerships: Entry<PartnershipData>[], site: URL, municipality: MunicipalityOfPartnership = noMunicipality) {
  return partnerships.flatMap((p) =>
    STATEFUL_FACTS.flatMap(([fact, label]) => {
      const value = factValue(p.data, fact);
      const state = factState(value);
      const base = { partnerskap_id: p.id, partnerskap: p.data.shortTitle, ...municipalityColumns(municipality, p.id), uppgift: label, lage: state };
      if (state !== 'anges')
        return [{ ...base, text: notStatedText(state), kalla_dokument: null as string | null, kalla_citat: null as string | null, kalla_lank: null as string | null }];
      const items = (Array.isArray(value) ? value : [value]) as Stated[];
      return items.map((item) => ({
        ...base,
        text: statedText(fact, item),
        kalla_dokument: item.source.doc,
        kalla_citat: item.source.quote,
        kalla_lank: new URL(sourceUrl(item.source), site).href,
      }));
    }),
  );
}

/** Swedish label of a document kind. */
export const kindLabel = (kind: keyof typeof documentKindLabels): string => documentKindLabels[kind];
