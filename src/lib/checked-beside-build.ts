/**
 * The environment variable `npm run build` (scripts/build.ts) sets for `astro build`: it runs the content checker,
 * with every integrity rule, beside the build and fails the build when the checker finds anything. The build then
 * does not run the same rules a second time (about 3 s of its CPU at 1 000 partnerships, src/data/site-data.ts);
 * a plain `astro build` runs them.
 */
export const CHECKED_BESIDE_BUILD = 'CONTENT_CHECKED_BESIDE_BUILD';

/** Whether this build's content is checked by the checker running beside it. */
export function checkedBesideBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[CHECKED_BESIDE_BUILD] === '1';
}
