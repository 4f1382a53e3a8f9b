import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { assertContentIntegrity } from './integrity';
import { bodyStartLine } from './body-safety';
import { collectCitations, citationsByDocument, type Citation } from './sources';
import { siteDate } from './dates';
import { bodyAnchors } from './anchors';
import { gitContentDates, lastChanged } from './content-dates';

export type Organisation = CollectionEntry<'organisations'>;
export type Partnership = CollectionEntry<'partnerships'>;
export type SourceDocument = CollectionEntry<'documents'>;

/** A page under /dokument/: a follow-up, proposal or decision, or a partnership's agreement. */
export type DocumentPage =
  | { kind: 'överenskommelse'; id: string; title: string; date: string; entry: Partnership }
  | { kind: SourceDocument['data']['kind']; id: string; title: string; date: string; entry: SourceDocument };

export interface SiteData {
  today: string;
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
  /** When the given entries' files last changed. */
  changedOn(entries: { filePath?: string | undefined }[]): string | undefined;
}

let cached: Promise<SiteData> | undefined;

/** All content, checked and indexed once per build; fails the build on any integrity error. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= build();
  return cached;
}

const byDateDesc = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);

async function build(): Promise<SiteData> {
  const [organisations, partnerships, documents] = await Promise.all([
    getCollection('organisations'),
    getCollection('partnerships'),
    getCollection('documents'),
  ]);
  // Read a file only to turn a body finding's line into the file's own line.
  assertContentIntegrity({ organisations, partnerships, documents }, (entry, file) => {
    try {
      return bodyStartLine(readFileSync(file, 'utf8'), entry.body ?? '');
    } catch {
      return 1;
    }
  });
  const gitDates = gitContentDates();

  const documentPages: DocumentPage[] = [
    ...partnerships.map((entry) => ({
      kind: 'överenskommelse' as const,
      id: entry.id,
      title: entry.data.title,
      date: entry.data.terms.signed.date,
      entry,
    })),
    ...documents.map((entry) => ({ kind: entry.data.kind, id: entry.id, title: entry.data.title, date: entry.data.date.value, entry })),
  ].sort(byDateDesc);

  const documentsByPartnership = new Map<string, SourceDocument[]>();
  for (const doc of [...documents].sort((a, b) => a.data.date.value.localeCompare(b.data.date.value))) {
    const list = documentsByPartnership.get(doc.data.partnership.id) ?? [];
    list.push(doc);
    documentsByPartnership.set(doc.data.partnership.id, list);
  }

  const partnershipsByOrganisation = new Map<string, Partnership[]>();
  for (const p of partnerships)
    for (const party of [p.data.publicParty, ...p.data.ideaParties]) {
      const list = partnershipsByOrganisation.get(party.organisation.id) ?? [];
      if (!list.includes(p)) list.push(p);
      partnershipsByOrganisation.set(party.organisation.id, list);
    }

  const citations = collectCitations([
    ...organisations.map((e) => ({ collection: 'organisations' as const, id: e.id, data: e.data })),
    ...partnerships.map((e) => ({ collection: 'partnerships' as const, id: e.id, data: e.data })),
    ...documents.map((e) => ({ collection: 'documents' as const, id: e.id, data: e.data })),
  ]);

  return {
    today: siteDate(),
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
    changedOn: (entries) => lastChanged(entries.flatMap((e) => (e.filePath ? [e.filePath] : [])), gitDates),
  };
}

/** The organisation's current name; references are checked at load, so it exists. */
export function organisationName(data: SiteData, id: string): string {
  return data.organisationById.get(id)?.data.name ?? id;
}
