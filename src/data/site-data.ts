// Loads the site's content once per build: the content layer's collections and settings, the integrity check
// (which fails the build with every error at once), the build date and git's change dates. Everything derived from
// them is pure and lives in src/lib/ (src/lib/site-index.ts indexes it for the pages).
import { getCollection, getEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { assertContentIntegrity } from '../lib/integrity';
import { checkedBesideBuild } from '../lib/checked-beside-build';
import { bodyStartLine } from '../lib/body-safety';
import { completeSourceRefs } from '../lib/source-sections';
import { siteDate } from '../lib/dates';
import { indexSite, type SiteData } from '../lib/site-index';
import { gitContentDates, lastChanged } from './content-dates';
import { withBodies } from './bodies';

export { documentTitle, organisationName, organisationNameIn } from '../lib/site-index';
export type { DocumentPage, Organisation, Partnership, SiteData, SourceDocument } from '../lib/site-index';

let cached: Promise<SiteData> | undefined;

/** All content, checked and indexed once per build; fails the build on any integrity error. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const organisations = await getCollection('organisations');
  // The store holds frontmatter only: the bodies come from the files (src/data/bodies.ts).
  const partnerships = withBodies(await getCollection('partnerships'));
  const documents = withBodies(await getCollection('documents'));
  // Pages need every source's document and section, also where the content gives only the quote.
  completeSourceRefs({ organisations, partnerships, documents });
  // Unless the checker runs beside this build (`npm run build`). Read a file only to turn a body finding's line
  // into the file's own line.
  if (!checkedBesideBuild())
    assertContentIntegrity({ organisations, partnerships, documents }, (entry, file) => {
      try {
        return bodyStartLine(readFileSync(file, 'utf8'), entry.body ?? '');
      } catch {
        return 1;
      }
    });
  const settings = await getEntry('site', 'webbplats');
  if (!settings)
    throw new Error(
      'content/site.yaml → webbplats: förväntade inställningarna för webbplatsen ' +
        '(scope, publisher/publisherName, contact)',
    );
  const gitDates = gitContentDates();
  const fileDates = new Map<string, string | undefined>();
  return indexSite({
    organisations,
    partnerships,
    documents,
    settings: settings.data,
    today: siteDate(),
    lastChanged: (files) => lastChanged(files, gitDates, fileDates),
  });
}
