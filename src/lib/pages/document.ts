// What a source document's page shows (a follow-up, proposal, decision, news item … or a partnership's agreement),
// derived from the site's index. The page renders it and the document's text.
import type { SourceRef } from '../../schemas/primitives';
import type { DocumentData, KeyFigure } from '../../schemas/document';
import { documentKindLabels } from '../../schemas/document';
import { figureCitation, keyFigureText } from '../citation';
import { formatFigure } from '../format';
import { agreementDnr } from '../open-data';
import { partiesOf } from '../partnership-parts';
import { sourceUrl } from '../sources';
import type { Citation } from '../sources';
import {
  documentTitle,
  organisationName,
  organisationNameIn,
  type DocumentPage,
  type Partnership,
  type SiteData,
} from '../site-index';
import { absoluteUrl, entryUrl } from '../urls';

/** How each top-level field reads in "used on … (field)". */
const FIELD_LABELS: Record<string, string> = {
  names: 'namn',
  publicParty: 'parter',
  ideaParties: 'parter',
  otherActors: 'andra aktörer',
  purpose: 'syfte',
  goals: 'mål',
  targetGroups: 'målgrupp',
  valueBase: 'värdegrund',
  periods: 'perioder',
  terms: 'villkor',
  funding: 'ekonomi',
  statedTotals: 'ekonomi',
  dnr: 'diarienummer',
  findings: 'iakttagelser',
  keyFigures: 'nyckeltal',
  developmentAreas: 'utvecklingsområden',
  nextFollowUp: 'nästa uppföljning',
  points: 'förslag',
};

/** Kinds that are published to the public rather than issued: their author reads "Publicerat av". */
const PUBLISHED_KINDS = new Set(['nyhet', 'pressmeddelande', 'tidningsartikel', 'webbsida']);

export interface CitationUse {
  citation: Citation;
  /** The anchor's readable label in this document. */
  sectionLabel: string;
  usedOnUrl: string;
  usedOnTitle: string;
  fieldLabel: string;
  /** A ready-to-copy reference to the passage ("Uppgift (nyckeltal). Källa: …"). */
  reference: string;
}

/** One row of a follow-up's key-figure table. */
export interface DocumentKeyFigure {
  figure: KeyFigure;
  /** The value as written on the page ("ca 1 200", "10–12"). */
  value: string;
  /** The party the figure is about, under the name this document uses. */
  party: { id: string; name: string } | undefined;
  citation: string;
}

export interface DocumentPageData {
  page: DocumentPage;
  partnership: Partnership;
  kindLabel: string;
  /** The document's frontmatter; undefined for an agreement (whose data is the partnership's). */
  doc: DocumentData | undefined;
  /** How the text was transcribed and obtained: only what the metadata says. */
  scanned: boolean;
  whole: boolean;
  url: string | undefined;
  sourceFile: string | undefined;
  published: boolean;
  /** Only a body the document itself names as its author, under the name the document uses. */
  author: string | undefined;
  pageDate: DocumentData['date'];
  /** For an agreement: its parties as the agreement names them, and the registry numbers it prints. */
  agreementParties: string[];
  agreementDnr: string[];
  /** For a proposal or decision the sources do not show adopted: the warning at the top of the page, and why. */
  notAdopted: { warning: string; note: string | undefined } | undefined;
  keyFigures: DocumentKeyFigure[];
  uses: CitationUse[];
  /** The name this document uses for an organisation. */
  nameHere(id: string): string;
  /** A ready-to-copy reference to one figure or fact of this document. */
  citeFigure(figure: string, source: SourceRef): string;
}

export function documentPageData(data: SiteData, id: string, site: URL): DocumentPageData {
  const page = data.documentPageById.get(id);
  if (!page) throw new Error(`Inget dokument med id "${id}"`);
  const doc = page.kind === 'överenskommelse' ? undefined : page.entry.data;
  const partnership =
    page.kind === 'överenskommelse' ? page.entry : data.partnershipById.get(page.entry.data.partnership.id)!;
  const transcript = doc ?? partnership.data.agreement!;
  const author = doc
    ? doc.issuer
      ? organisationNameIn(data, doc.issuer.id, page.id)
      : undefined
    : (partnership.data.publicParty.nameInAgreement ?? undefined);
  const pageDate: DocumentData['date'] = doc
    ? doc.date
    : page.date
      ? { value: page.date, precision: 'dag' }
      : { precision: 'okänd' };
  const nameHere = (orgId: string) => organisationNameIn(data, orgId, page.id);
  const citeFigure = (figure: string, source: SourceRef) =>
    figureCitation({
      figure,
      quote: source.quote,
      docTitle: page.title,
      author,
      date: pageDate,
      url: absoluteUrl(sourceUrl(source), site),
      retrieved: data.today,
    });
  const usedOnTitle = (c: Citation) =>
    c.usedOn.collection === 'organisations'
      ? organisationName(data, c.usedOn.id)
      : c.usedOn.collection === 'partnerships'
        ? data.partnershipById.get(c.usedOn.id)!.data.shortTitle
        : documentTitle(data, c.usedOn.id);
  return {
    page,
    partnership,
    kindLabel: documentKindLabels[page.kind],
    doc,
    scanned: transcript.obtained === 'skannad',
    whole: transcript.transcription === 'hel',
    url: transcript.url,
    sourceFile: doc?.sourceFile ?? partnership.data.sourceFile,
    published: doc !== undefined && PUBLISHED_KINDS.has(doc.kind),
    author,
    pageDate,
    agreementParties: doc
      ? []
      : partiesOf(partnership.data).map((x) => x.nameInAgreement ?? organisationName(data, x.organisation.id)),
    agreementDnr: doc ? [] : agreementDnr(partnership),
    notAdopted:
      (doc?.kind === 'förslag' || doc?.kind === 'beslut') && doc.adoption !== 'antagen'
        ? {
            warning:
              doc.kind === 'förslag'
                ? 'Detta är ett förslag, inte ett beslut.'
                : 'Beslutet är inte antaget enligt källorna.',
            note: doc.adoptionNote,
          }
        : undefined,
    keyFigures:
      doc?.kind === 'uppföljning'
        ? doc.keyFigures.map((figure) => ({
            figure,
            value: formatFigure(figure.value, figure.valueMax, figure.approximate),
            party: figure.party && { id: figure.party.id, name: nameHere(figure.party.id) },
            citation: citeFigure(keyFigureText(figure), figure.source),
          }))
        : [],
    uses: (data.citationsByDocument.get(page.id) ?? []).map((citation) => {
      const fieldLabel = FIELD_LABELS[citation.field] ?? citation.field;
      return {
        citation,
        sectionLabel: data.sectionLabels.get(page.id)?.get(citation.source.section) ?? citation.source.section,
        usedOnUrl: entryUrl(citation.usedOn),
        usedOnTitle: usedOnTitle(citation),
        fieldLabel,
        reference: citeFigure(`Uppgift (${fieldLabel})`, citation.source),
      };
    }),
    nameHere,
    citeFigure,
  };
}
