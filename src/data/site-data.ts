// Loads the site's content once per build: the content layer's collections and settings, the content check (the
// names in content/ and the integrity rules; it fails the build with every error at once), the build date and git's
// change dates. Everything derived from them is pure and lives in src/lib/ (src/lib/site-index.ts indexes it for
// the pages).
import { getCollection, getEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { assertContentIntegrity, type SiteContent } from '../lib/integrity';
import { listContent } from '../lib/content-listing';
import { contentCheckedLine } from '../lib/content-checked';
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

/**
 * The build's content check: what the schemas (checked by the content layer as it loads) cannot see. The names of
 * the files in content/ (Astro's loaders never read a file with another ending) and every integrity rule. Throws
 * one error listing every problem; `npm run build` then runs the content checker for a report with line numbers,
 * which also covers files that failed their schema. Astro runs in the project's folder, which the entries' file
 * paths are relative to.
 */
function checkLoadedContent(content: SiteContent): void {
  const started = performance.now();
  const listing = listContent(process.cwd());
  // Read a file only to turn a body finding's line into the file's own line.
  assertContentIntegrity(
    content,
    (entry, file) => {
      try {
        return bodyStartLine(readFileSync(file, 'utf8'), entry.body ?? '');
      } catch {
        return 1;
      }
    },
    listing.problems,
  );
  // Not in `astro dev`, whose own check (src/integrations/content-check.ts) reports after every change.
  if (import.meta.env.MODE !== 'development')
    console.log(contentCheckedLine(listing.files.length, (performance.now() - started) / 1000));
}

async function load(): Promise<SiteData> {
  const organisations = await getCollection('organisations');
  // The store holds frontmatter only: the bodies come from the files (src/data/bodies.ts).
  const partnerships = withBodies(await getCollection('partnerships'));
  const documents = withBodies(await getCollection('documents'));
  // Pages need every source's document and section, also where the content gives only the quote.
  completeSourceRefs({ organisations, partnerships, documents });
  checkLoadedContent({ organisations, partnerships, documents });
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
