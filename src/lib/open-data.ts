import type { DocumentData } from '../schemas/document';
import { partiesOf } from './partnership-parts';
import type { OrganisationData } from '../schemas/organisation';
import type { PartnershipData } from '../schemas/partnership';
import { documentKindLabels } from '../schemas/document';
import type { SourceRef } from '../schemas/primitives';
import { fundingSeries } from './funding';
import { sourceUrl } from './sources';
import { dateWithCertainty } from './citation';
import { nameInDocument, otherNames } from './names';
import { STATEFUL_FACTS, factState, factValue, notStatedText } from './facts';
import { formatMonthName } from './format';
import { absoluteUrl, documentUrl } from './urls';

/** The municipality or region a partnership belongs to, for the kommun/kommunkod columns. */
export type MunicipalityOfPartnership = (partnershipId: string) => { name: string; code: string } | undefined;

const noMunicipality: MunicipalityOfPartnership = () => undefined;

const municipalityColumns = (municipality: MunicipalityOfPartnership, partnershipId: string) => {
  const m = municipality(partnershipId);
  return { kommun: m?.name ?? null, kommunkod: m?.code ?? null };
};

/** Several sources of one value joined with " | " (a sum of lines has one per part). */
const joined = (sources: SourceRef[], pick: (s: SourceRef) => string) =>
  sources.length > 0 ? sources.map(pick).join(' | ') : null;

/** Rows of the open datasets. Links are absolute so a downloaded row still leads back to its source. */
interface Entry<D> {
  id: string;
  data: D;
}

export const FUNDING_COLUMNS = [
  'partnerskap_id',
  'partnerskap',
  'kommun',
  'kommunkod',
  'part_id',
  'part',
  'part_senaste_namn',
  'slag',
  'avtalsar',
  'kalenderar',
  'fran',
  'till',
  'belopp_kr',
  'delbelopp_kr',
  'status',
  'forklaring',
  'kalla_dokument',
  'kalla_citat',
  'kalla_lank',
] as const;

export type FundingRecord = Record<(typeof FUNDING_COLUMNS)[number], string | number | null>;

/**
 * One row per partnership × party × agreement year × kind; unknown amounts are empty, never 0. `part` is the
 * name the row's source document uses; `kalenderar` the calendar year the agreement year starts in.
 */
export function fundingRecords(
  partnerships: Entry<PartnershipData>[],
  organisations: Map<string, OrganisationData>,
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
): FundingRecord[] {
  const current = (id: string) => organisations.get(id)?.name ?? id;
  const nameIn = (id: string, source: { doc: string; quote: string } | undefined) => {
    const org = organisations.get(id);
    return org && source ? nameInDocument(org, source.doc, source.quote) : current(id);
  };
  return partnerships.flatMap((p) =>
    fundingSeries(p.data).flatMap((row) =>
      row.cells.map((cell) => ({
        partnerskap_id: p.id,
        partnerskap: p.data.shortTitle,
        ...municipalityColumns(municipality, p.id),
        part_id: row.partyId,
        part: nameIn(row.partyId, cell.source),
        part_senaste_namn: current(row.partyId),
        slag: row.kind,
        avtalsar: cell.year.label,
        kalenderar: cell.year.from.slice(0, 4),
        fran: cell.year.from,
        till: cell.year.to,
        belopp_kr: cell.amount,
        delbelopp_kr: cell.parts
          ? cell.parts.map((part) => (part.amount === null ? '' : String(part.amount))).join('; ')
          : null,
        status: cell.status,
        forklaring: cell.explanation,
        ...((sources) => ({
          kalla_dokument: joined(sources, (s) => s.doc),
          kalla_citat: joined(sources, (s) => s.quote),
          kalla_lank: joined(sources, (s) => new URL(sourceUrl(s), site).href),
        }))(
          cell.parts
            ? cell.parts.flatMap((part) => (part.source ? [part.source] : []))
            : cell.source
              ? [cell.source]
              : [],
        ),
      })),
    ),
  );
}

export const PARTY_COLUMNS = [
  'partnerskap_id',
  'partnerskap',
  'kommun',
  'kommunkod',
  'organisation_id',
  'namn_i_overenskommelsen',
  'organisation_senaste_namn',
  'andra_namn_i_kallorna',
  'roll',
  'beskrivning',
  'kalla_dokument',
  'kalla_lank',
] as const;

export function partyRecords(
  partnerships: Entry<PartnershipData>[],
  organisations: Map<string, OrganisationData>,
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
) {
  return partnerships.flatMap((p) =>
    partiesOf(p.data).map((party, i) => {
      const org = organisations.get(party.organisation.id);
      return {
        partnerskap_id: p.id,
        partnerskap: p.data.shortTitle,
        ...municipalityColumns(municipality, p.id),
        organisation_id: party.organisation.id,
        // Empty when the agreement is not among the sources: the name it uses is unknown.
        namn_i_overenskommelsen: party.nameInAgreement ?? null,
        organisation_senaste_namn: org?.name ?? party.organisation.id,
        andra_namn_i_kallorna: org
          ? otherNames(org)
              .filter((n) => n !== party.nameInAgreement)
              .join('; ')
          : '',
        roll: i === 0 ? 'offentlig part' : 'idéburen part',
        beskrivning: party.role,
        kalla_dokument: party.source.doc,
        kalla_lank: new URL(sourceUrl(party.source), site).href,
      };
    }),
  );
}

export const KEY_FIGURE_COLUMNS = [
  'dokument_id',
  'dokument',
  'dokument_datum',
  'dokument_datum_text',
  'partnerskap_id',
  'kommun',
  'kommunkod',
  'nyckeltal_id',
  'nyckeltal',
  'varde',
  'varde_max',
  'ungefarligt',
  'enhet',
  'period',
  'part_id',
  'mal_id',
  'kalla_citat',
  'kalla_lank',
] as const;

export function keyFigureRecords(
  documents: Entry<DocumentData>[],
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
) {
  return documents.flatMap((d) =>
    d.data.kind !== 'uppföljning'
      ? []
      : d.data.keyFigures.map((f) => ({
          dokument_id: d.id,
          dokument: d.data.title,
          dokument_datum: d.data.date.value ?? null,
          dokument_datum_text: dateWithCertainty(d.data.date),
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
  'dokument_id',
  'typ',
  'titel',
  'arbetsnamn',
  'datum',
  'datum_precision',
  'datum_text',
  'datum_motivering',
  'upphov_id',
  'upphov_namn_i_dokumentet',
  'diarienummer',
  'webbadress',
  'avskrift',
  'inhamtad',
  'partnerskap_id',
  'kommun',
  'kommunkod',
  'antagen',
  'lank',
] as const;

/** Every document among the sources: the agreements that are among them, then the other documents. */
export function documentRecords(
  partnerships: Entry<PartnershipData>[],
  documents: Entry<DocumentData>[],
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
  nameIn: (orgId: string, docId: string) => string = (id) => id,
) {
  return [
    ...partnerships.flatMap((p) => {
      const agreement = p.data.agreement;
      if (agreement === null) return [];
      const signed = p.data.terms.signed?.date;
      const date = signed ? { value: signed, precision: 'dag' as const } : { precision: 'okänd' as const };
      return [
        {
          dokument_id: p.id,
          typ: 'överenskommelse',
          titel: p.data.title,
          arbetsnamn: p.data.workingTitle ? 'ja' : 'nej',
          datum: signed ?? null,
          datum_precision: date.precision,
          datum_text: dateWithCertainty(date),
          datum_motivering: signed ? null : 'Undertecknandets datum finns inte bland källorna.',
          upphov_id: null,
          upphov_namn_i_dokumentet: null,
          diarienummer: agreementDnr(p).join('; ') || null,
          webbadress: agreement.url ?? null,
          avskrift: agreement.transcription,
          inhamtad: agreement.obtained,
          partnerskap_id: p.id,
          ...municipalityColumns(municipality, p.id),
          antagen: null,
          lank: absoluteUrl(documentUrl(p.id), site),
        },
      ];
    }),
    ...documents.map((d) => ({
      dokument_id: d.id,
      typ: d.data.kind,
      titel: d.data.title,
      arbetsnamn: 'nej',
      datum: d.data.date.value ?? null,
      datum_precision: d.data.date.precision,
      datum_text: dateWithCertainty(d.data.date),
      datum_motivering: d.data.date.reason ?? null,
      upphov_id: d.data.issuer?.id ?? null,
      upphov_namn_i_dokumentet: d.data.issuer ? nameIn(d.data.issuer.id, d.id) : null,
      diarienummer: d.data.dnr ?? null,
      webbadress: d.data.url ?? null,
      avskrift: d.data.transcription,
      inhamtad: d.data.obtained,
      partnerskap_id: d.data.partnership.id,
      ...municipalityColumns(municipality, d.data.partnership.id),
      antagen: d.data.kind === 'förslag' || d.data.kind === 'beslut' ? d.data.adoption : null,
      lank: absoluteUrl(documentUrl(d.id), site),
    })),
  ];
}

export const FACT_COLUMNS = [
  'partnerskap_id',
  'partnerskap',
  'kommun',
  'kommunkod',
  'uppgift',
  'lage',
  'text',
  'kalla_dokument',
  'kalla_citat',
  'kalla_lank',
] as const;

type Stated = { text?: string; source: SourceRef } & Record<string, unknown>;

/** The words of a stated term, as the partnership page gives them. */
function statedText(fact: string, value: Stated): string {
  if (fact === 'terms.signed')
    return [value.date, value.place].filter(Boolean).join(', ') || 'undertecknad (datum och ort okända)';
  if (fact === 'terms.decisionDeadline') return String(value.date);
  if (fact === 'terms.payment') return `${formatMonthName(value.month as number)}. ${value.text ?? ''}`.trim();
  return value.text ?? '';
}

/**
 * One row per fact or term of each partnership, in one of three states: "anges" (stated, with its passage; one row
 * per item of a list), "anges inte i överenskommelsen" (the whole agreement is among the sources and does not
 * state it) or "okänd" (not among the sources).
 */
export function factRecords(
  partnerships: Entry<PartnershipData>[],
  site: URL,
  municipality: MunicipalityOfPartnership = noMunicipality,
) {
  return partnerships.flatMap((p) =>
    STATEFUL_FACTS.flatMap(([fact, label]) => {
      const value = factValue(p.data, fact);
      const state = factState(value);
      const base = {
        partnerskap_id: p.id,
        partnerskap: p.data.shortTitle,
        ...municipalityColumns(municipality, p.id),
        uppgift: label,
        lage: state,
      };
      if (state !== 'anges')
        return [
          {
            ...base,
            text: notStatedText(state),
            kalla_dokument: null as string | null,
            kalla_citat: null as string | null,
            kalla_lank: null as string | null,
          },
        ];
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

/**
 * Registry numbers the agreement itself prints (a later document's number for the partnership is not the agreement's).
 */
export function agreementDnr(p: Entry<PartnershipData>): string[] {
  return p.data.dnr.filter((d) => d.source.doc === p.id).map((d) => d.value);
}
