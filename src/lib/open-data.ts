import type { DocumentData } from '../schemas/document';
import type { OrganisationData } from '../schemas/organisation';
import type { PartnershipData } from '../schemas/partnership';
import { dateWithCertainty } from './citation';
import { fundingSeries } from './funding';
import { sourceUrl } from './sources';
import { nameInDocument, otherNames } from './names';

/** Rows of the open datasets. Links are absolute so a downloaded row still leads back to its source. */
interface Entry<D> {
  id: string;
  data: D;
}

export const FUNDING_COLUMNS = [
  'partnerskap_id', 'partnerskap', 'part_id', 'part', 'part_senaste_namn', 'slag', 'avtalsar', 'kalenderar', 'fran', 'till', 'belopp_kr', 'status',
  'forklaring', 'kalla_dokument', 'kalla_citat', 'kalla_lank',
] as const;

export type FundingRecord = Record<(typeof FUNDING_COLUMNS)[number], string | number | null>;

/**
 * One row per partnership × party × agreement year × kind; unknown amounts are empty, never 0. `part` is the
 * name the row's source document uses; `kalenderar` the calendar year the agreement year starts in.
 */
export function fundingRecords(partnerships: Entry<PartnershipData>[], organisations: Map<string, OrganisationData>, site: URL): FundingRecord[] {
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
        part_id: row.partyId,
        part: nameIn(row.partyId, cell.source),
        part_senaste_namn: current(row.partyId),
        slag: row.kind,
        avtalsar: cell.year.label,
        kalenderar: cell.year.from.slice(0, 4),
        fran: cell.year.from,
        till: cell.year.to,
        belopp_kr: cell.amount,
        status: cell.status,
        forklaring: cell.explanation,
        kalla_dokument: cell.source?.doc ?? null,
        kalla_citat: cell.source?.quote ?? null,
        kalla_lank: cell.source ? new URL(sourceUrl(cell.source), site).href : null,
      })),
    ),
  );
}

export const PARTY_COLUMNS = [
  'partnerskap_id', 'partnerskap', 'organisation_id', 'namn_i_overenskommelsen', 'organisation_senaste_namn', 'andra_namn_i_kallorna', 'roll',
  'beskrivning', 'kalla_lank',
] as const;

export function partyRecords(partnerships: Entry<PartnershipData>[], organisations: Map<string, OrganisationData>, site: URL) {
  return partnerships.flatMap((p) =>
    [p.data.publicParty, ...p.data.ideaParties].map((party, i) => {
      const org = organisations.get(party.organisation.id);
      return {
        partnerskap_id: p.id,
        partnerskap: p.data.shortTitle,
        organisation_id: party.organisation.id,
        namn_i_overenskommelsen: party.nameInAgreement,
        organisation_senaste_namn: org?.name ?? party.organisation.id,
        andra_namn_i_kallorna: org ? otherNames(org).filter((n) => n !== party.nameInAgreement).join('; ') : '',
        roll: i === 0 ? 'offentlig part' : 'idéburen part',
        beskrivning: party.role,
        kalla_lank: new URL(sourceUrl(party.source), site).href,
      };
    }),
  );
}

export const KEY_FIGURE_COLUMNS = ['dokument_id', 'dokument', 'dokument_datum', 'dokument_datum_text', 'partnerskap_id', 'nyckeltal_id', 'nyckeltal', 'varde', 'varde_max', 'ungefarligt', 'enhet', 'period', 'part_id', 'mal_id', 'kalla_citat', 'kalla_lank'] as const;

export function keyFigureRecords(documents: Entry<DocumentData>[], site: URL) {
  return documents.flatMap((d) =>
    d.data.kind !== 'uppföljning'
      ? []
      : d.data.keyFigures.map((f) => ({
          dokument_id: d.id,
          dokument: d.data.title,
          dokument_datum: d.data.date.value,
          dokument_datum_text: dateWithCertainty(d.data.date),
          partnerskap_id: d.data.partnership.id,
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
  'dokument_id', 'typ', 'titel', 'datum', 'datum_precision', 'datum_text', 'datum_motivering', 'upphov_id', 'upphov_namn_i_dokumentet', 'diarienummer',
  'partnerskap_id', 'antagen', 'lank',
] as const;

export function documentRecords(
  partnerships: Entry<PartnershipData>[],
  documents: Entry<DocumentData>[],
  site: URL,
  nameIn: (orgId: string, docId: string) => string = (id) => id,
) {
  return [
    ...partnerships.map((p) => ({
      dokument_id: p.id, typ: 'överenskommelse', titel: p.data.title, datum: p.data.terms.signed.date, datum_precision: 'dag',
      datum_text: dateWithCertainty({ value: p.data.terms.signed.date, precision: 'dag' }), datum_motivering: null,
      upphov_id: null, upphov_namn_i_dokumentet: null, diarienummer: agreementDnr(p).join('; ') || null, partnerskap_id: p.id, antagen: null,
      lank: new URL(`/dokument/${p.id}/`, site).href,
    })),
    ...documents.map((d) => ({
      dokument_id: d.id, typ: d.data.kind, titel: d.data.title, datum: d.data.date.value, datum_precision: d.data.date.precision,
      datum_text: dateWithCertainty(d.data.date), datum_motivering: d.data.date.reason ?? null,
      upphov_id: d.data.issuer?.id ?? null,
      upphov_namn_i_dokumentet: d.data.issuer ? nameIn(d.data.issuer.id, d.id) : null, diarienummer: d.data.dnr ?? null, partnerskap_id: d.data.partnership.id,
      antagen: d.data.kind === 'uppföljning' ? null : d.data.adoption,
      lank: new URL(`/dokument/${d.id}/`, site).href,
    })),
  ];
}

/** Registry numbers the agreement itself prints (a later document's number for the partnership is not the agreement's). */
export function agreementDnr(p: Entry<PartnershipData>): string[] {
  return p.data.dnr.filter((d) => d.source.doc === p.id).map((d) => d.value);
}
