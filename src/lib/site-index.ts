// The site's content indexed for pages: lookups, document pages, citations, municipalities. A pure function of the
// checked content, the build date and when files last changed; src/data/site-data.ts loads those and calls it once
// per build, and unit tests call it on the inline fixtures.
import type { CollectionEntry } from 'astro:content';
import { partiesOf } from './partnership-parts';
import { siteVoice, type SiteVoice } from './site-voice';
import { collectCitations, citationsByDocument, type Citation } from './sources';
import { bodyAnchors } from './anchors';
import { municipalityOf, type Municipality } from './municipality';
import type { DocumentData } from '../schemas/document';
import type { SiteSettings } from '../schemas/site';
import { nameInDocument } from './names';

export type Organisation = CollectionEntry<'organisations'>;
export type Partnership = CollectionEntry<'partnerships'>;
export type SourceDocument = CollectionEntry<'documents'>;

/**
 * A page under /dokument/: a source document, or a partnership's agreement when its text is among the sources.
 * `date` is as precise as the sources allow (YYYY, YYYY-MM or YYYY-MM-DD), undefined when unknown.
 */
export type DocumentPage =
  | {
      kind: 'överenskommelse';
      id: string;
      title: string;
      date: string | undefined;
      dateInfo: DocumentData['date'];
      entry: Partnership;
    }
  | {
      kind: SourceDocument['data']['kind'];
      id: string;
      title: string;
      date: string | undefined;
      dateInfo: DocumentData['date'];
      entry: SourceDocument;
    };

export interface SiteData {
  today: string;
  /** Who publishes the site (content/site.yaml). */
  voice: SiteVoice;
  organisations: Organisation[];
  partnerships: Partnership[];
  documents: SourceDocument[];
  organisationById: Map<string, Organisation>;
  partnershipById: Map<string, Partnership>;
  documentPages: DocumentPage[];
  documentPageById: Map<string, DocumentPage>;
  /** Title of every source document, by id. */
  docTitles: Record<string, string>;
  documentsByPartnership: Map<string, SourceDocument[]>;
  partnershipsByOrganisation: Map<string, Partnership[]>;
  citationsByDocument: Map<string, Citation[]>;
  /** Readable label of each anchor in each source document. */
  sectionLabels: Map<string, Map<string, string>>;
  /** Every municipality or region that is a partnership's public side, by name. */
  municipalities: Municipality[];
  /** The municipality or region of a partnership (checked at load). */
  municipalityOfPartnership(p: Partnership): Municipality;
  /** The municipalities an organisation's partnerships belong to. */
  municipalitiesOfOrganisation(id: string): Municipality[];
  /** The municipality or region an organisation is, or is part of (through partOf); undefined for others. */
  homeMunicipalityOf(id: string): Municipality | undefined;
  /** When the given entries' files last changed. */
  changedOn(entries: { filePath?: string | undefined }[]): string | undefined;
}

/** What the index is built from: the checked collections, the site settings and facts about the build. */
export interface SiteSources {
  organisations: Organisation[];
  partnerships: Partnership[];
  documents: SourceDocument[];
  settings: SiteSettings;
  /** The build date, YYYY-MM-DD. */
  today: string;
  /** The newest change date among the given files (from git, or the files' own times). */
  lastChanged(files: string[]): string | undefined;
}

/** Newest first; documents of unknown date last (they are not claimed to be old or new). */
const byDateDesc = (a: { date: string | undefined }, b: { date: string | undefined }) =>
  a.date === undefined ? (b.date === undefined ? 0 : 1) : b.date === undefined ? -1 : b.date.localeCompare(a.date);

/** Indexes checked content for the pages. */
export function indexSite({
  organisations,
  partnerships,
  documents,
  settings,
  today,
  lastChanged,
}: SiteSources): SiteData {
  const documentPages: DocumentPage[] = [
    ...partnerships
      .filter((entry) => entry.data.agreement !== null)
      .map((entry) => {
        const signed = entry.data.terms.signed?.date;
        return {
          kind: 'överenskommelse' as const,
          id: entry.id,
          title: entry.data.title,
          date: signed,
          dateInfo: signed
            ? { value: signed, precision: 'dag' as const }
            : { precision: 'okänd' as const, reason: 'Undertecknandets datum finns inte bland källorna.' },
          entry,
        };
      }),
    ...documents.map((entry) => ({
      kind: entry.data.kind,
      id: entry.id,
      title: entry.data.title,
      date: entry.data.date.value,
      dateInfo: entry.data.date,
      entry,
    })),
  ].sort(byDateDesc);

  const documentsByPartnership = new Map<string, SourceDocument[]>();
  for (const doc of [...documents].sort((a, b) =>
    byDateDesc({ date: b.data.date.value }, { date: a.data.date.value }),
  )) {
    const list = documentsByPartnership.get(doc.data.partnership.id) ?? [];
    list.push(doc);
    documentsByPartnership.set(doc.data.partnership.id, list);
  }

  const partnershipsByOrganisation = new Map<string, Partnership[]>();
  for (const p of partnerships)
    for (const party of partiesOf(p.data)) {
      const list = partnershipsByOrganisation.get(party.organisation.id) ?? [];
      if (!list.includes(p)) list.push(p);
      partnershipsByOrganisation.set(party.organisation.id, list);
    }

  const citations = collectCitations([
    ...organisations.map((e) => ({ collection: 'organisations' as const, id: e.id, data: e.data })),
    ...partnerships.map((e) => ({ collection: 'partnerships' as const, id: e.id, data: e.data })),
    ...documents.map((e) => ({ collection: 'documents' as const, id: e.id, data: e.data })),
  ]);

  const orgData = new Map(organisations.map((o) => [o.id, o.data]));
  const municipalityById = new Map<string, Municipality>();
  for (const p of partnerships) {
    const m = municipalityOf(orgData, p.data.municipality.id)!;
    municipalityById.set(p.id, m);
  }
  const municipalities = [...new Map([...municipalityById.values()].map((m) => [m.code, m])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'sv'),
  );

  const orgName = (id: string) => organisations.find((o) => o.id === id)?.data.name ?? id;

  return {
    today,
    voice: siteVoice(settings, orgName),
    municipalities,
    municipalityOfPartnership: (p) => municipalityById.get(p.id)!,
    homeMunicipalityOf: (id) => municipalityOf(orgData, id),
    municipalitiesOfOrganisation: (id) => [
      ...new Map(
        (partnershipsByOrganisation.get(id) ?? []).map((p) => [
          municipalityById.get(p.id)!.code,
          municipalityById.get(p.id)!,
        ]),
      ).values(),
    ],
    organisations: [...organisations].sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv')),
    partnerships: [...partnerships].sort((a, b) => a.data.title.localeCompare(b.data.title, 'sv')),
    documents,
    organisationById: new Map(organisations.map((o) => [o.id, o])),
    partnershipById: new Map(partnerships.map((p) => [p.id, p])),
    documentPages,
    documentPageById: new Map(documentPages.map((d) => [d.id, d])),
    docTitles: Object.fromEntries(documentPages.map((d) => [d.id, d.title])),
    documentsByPartnership,
    partnershipsByOrganisation,
    citationsByDocument: citationsByDocument(citations),
    sectionLabels: new Map(documentPages.map((page) => [page.id, bodyAnchors(page.entry.body ?? '')])),
    changedOn: (entries) => lastChanged(entries.flatMap((e) => (e.filePath ? [e.filePath] : []))),
  };
}

/** The title of a source document (or of a partnership's agreement), by id. */
export function documentTitle(data: SiteData, id: string): string {
  return data.docTitles[id] ?? id;
}

/** The organisation's current name; references are checked at load, so it exists. */
export function organisationName(data: SiteData, id: string): string {
  return data.organisationById.get(id)?.data.name ?? id;
}

/** The name the given document uses for the organisation (its current name when the document is not recorded). */
export function organisationNameIn(data: SiteData, id: string, docId: string, quote?: string): string {
  const org = data.organisationById.get(id);
  return org ? nameInDocument(org.data, docId, quote) : id;
}
