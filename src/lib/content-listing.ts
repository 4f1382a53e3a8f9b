// What the names of the files in content/ say on their own, before any file is read: files the build would never
// read (another ending than their collection's) and ids that differ only in case. Both the content checker
// (src/lib/check-content.ts) and the build (src/data/site-data.ts) run these rules; Astro's loaders list only the
// files with their collection's ending, so without them a misnamed file would be left out of the site silently.
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { collectionFiles, type CollectionName } from '../schemas/collections';
import type { IntegrityError } from './integrity';

export interface ListedFile {
  collection: CollectionName;
  /** The file's name without its ending: the entry's id. */
  id: string;
  /** Its name in its collection's folder, e.g. x.mdx. */
  name: string;
  /** Relative to the project, e.g. content/partnerships/x.mdx. */
  file: string;
}

export interface ContentListing {
  /** Every file with its collection's ending, by collection and then by name. */
  files: ListedFile[];
  problems: IntegrityError[];
}

/** Lists the content files of every collection under `root`/content, with the problems their names show. */
export function listContent(root: string): ContentListing {
  const files: ListedFile[] = [];
  const problems: IntegrityError[] = [];
  for (const collection of Object.keys(collectionFiles) as CollectionName[]) {
    const { dir, ext } = collectionFiles[collection];
    const folder = join(root, 'content', dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const file = `content/${dir}/${name}`;
      if (extname(name) !== ext) {
        problems.push({
          file,
          field: 'filändelse',
          found: `"${extname(name) || '(ingen)'}"`,
          expected: `en fil som slutar på ${ext} (andra filer läses inte och publiceras inte)`,
          action: `döp om filen till ${name.replace(/\.[^.]*$/, '')}${ext} eller flytta den`,
        });
        continue;
      }
      files.push({ collection, id: name.slice(0, -ext.length), name, file });
    }
  }
  problems.push(...caseCollisions(files));
  return { files, problems };
}

/**
 * File names are ids and URLs; ids that differ only in case would overwrite each other. Organisations have addresses
 * of their own; partnerships and documents share /dokument/.
 */
function caseCollisions(files: ListedFile[]): IntegrityError[] {
  const byLowerId = new Map<string, ListedFile[]>();
  for (const listed of files) {
    const key = `${listed.collection === 'organisations' ? 'organisations' : 'documents'}/${listed.id.toLowerCase()}`;
    byLowerId.set(key, [...(byLowerId.get(key) ?? []), listed]);
  }
  const problems: IntegrityError[] = [];
  for (const group of byLowerId.values()) {
    if (new Set(group.map((listed) => listed.id)).size < 2) continue;
    for (const listed of group) {
      const others = group.filter((other) => other !== listed).map((other) => other.file);
      problems.push({
        file: listed.file,
        field: 'id (filnamn)',
        found: `"${listed.id}"`,
        expected: `ett id som skiljer sig från ${others.join(', ')} även med små bokstäver`,
        action: 'döp om eller slå ihop filerna; bara en av dem skulle annars publiceras',
      });
    }
  }
  return problems;
}
