import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCUMENTS_FOLDER,
  bundleSpecs,
  documentPageCount,
  type BundleSpec,
  type SearchLayout,
} from '../../src/lib/search-bundles.ts';

/** The number of document pages a built site has now (one folder each under its documents folder). */
export function builtDocumentPages(site: string): number {
  const dir = join(site, DOCUMENTS_FOLDER);
  return existsSync(dir)
    ? documentPageCount(
        readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name),
      )
    : 0;
}

/** The search bundles to write for a built site's top-level folders in a layout (src/lib/search-bundles.ts). */
export function builtBundleSpecs(site: string, layout: SearchLayout): BundleSpec[] {
  const topLevel = readdirSync(site, { withFileTypes: true }).map((e) => ({
    name: e.name,
    isDirectory: e.isDirectory(),
  }));
  return bundleSpecs(topLevel, layout);
}
