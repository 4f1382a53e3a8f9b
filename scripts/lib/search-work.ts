// Where the indexer (scripts/search-index.ts) makes each search bundle: a work folder holding the pages' search
// copies and Pagefind's output, removed once the bundle is copied into the site.
import { tmpdir } from 'node:os';

/**
 * Where a bundle is made: in memory (/dev/shm) where the system has one, then the system's temporary folder. Creating
 * thousands of small files there took a third of the time it took in /tmp on disk, for the search copies and for
 * Pagefind alike: Pagefind hands every file it writes to a thread of its own, and at 1 000 partnerships its run over
 * the documents took 12.4–13.3 s of CPU writing into a new folder on disk against 9–11 s in memory; copying the
 * finished bundle into the site takes half a second (BENCHMARKS.md).
 */
export const WORK_PLACES = ['/dev/shm', tmpdir()];

/** The start of every work folder's name (the rest is mkdtemp's). */
export const WORK_FOLDER_PREFIX = 'oppna-partnerskap-sokindex-';
