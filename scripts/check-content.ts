// Checks every content file and lists every problem at once, in Swedish: npm run check:content [project folder]
// `npm run build` (scripts/build.ts) runs it when `astro build` fails before its own check has passed, to report every
// problem at once. The schemas import
// `astro:content`, which exists only inside Astro; here it resolves to a stand-in with the same `reference()`, and
// extensionless imports to .ts.
import { registerHooks } from 'node:module';
import { resolve } from 'node:path';

const shim = new URL('../src/lib/astro-content-outside-astro.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content') return { url: shim, shortCircuit: true };
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        return nextResolve(specifier, context);
      }
    }
    return nextResolve(specifier, context);
  },
});

const started = performance.now();
const { checkContent, formatReport } = await import('../src/lib/check-content.ts');
const report = checkContent(resolve(process.argv[2] ?? '.'));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (report.problems.length > 0) {
  console.error(formatReport(report));
  console.error(`\nRätta felen ovan och kör npm run check:content igen (${seconds} s).`);
  process.exitCode = 1;
} else console.log(`${formatReport(report)} (${seconds} s)`);
