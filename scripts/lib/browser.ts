// The Chromium that browser tests and benchmarks drive with playwright-core (npm packages cannot download
// browsers here). In order: CHROME_PATH if it names an existing file, Debian's /usr/bin/chromium, and otherwise
// the headless Chromium shipped inside the npm package @sparticuz/chromium, unpacked to the temp folder on first
// use (it needs only libc, expat and NSS, which this machine kind has without Debian's chromium). So
// `npm install && npm test` needs no system package; `.ci/run` still installs Debian's and uses it.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for headless Chromium on these machines (no background connections to a closed network). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system Chromium to use, or undefined when neither CHROME_PATH nor Debian's is present. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  // PACKAGED_CHROMIUM=1 skips the system browsers, to try the fallback on a machine that has them.
  if (env.PACKAGED_CHROMIUM === '1') return undefined;
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH, DEBIAN_CHROMIUM] : [DEBIAN_CHROMIUM];
  return candidates.find((path) => existsSync(path));
}

let resolved: Promise<string> | undefined;

/** Unpacks @sparticuz/chromium's headless shell (once per process) and returns its path. */
async function packagedChromium(): Promise<string> {
  const { default: Chromium } = await import('@sparticuz/chromium');
  const path = await Chromium.executablePath();
  // The package ships its own fonts; point fontconfig at them so text renders the same without system fonts.
  process.env.FONTCONFIG_PATH ??= join(tmpdir(), 'fonts');
  return path;
}

/** Path of the Chromium binary to drive (also handed to Lighthouse by the page benchmark); resolved once. */
export function chromiumPath(): Promise<string> {
  resolved ??= (async () => {
    const system = systemChromium();
    if (process.env.CHROME_PATH && system !== process.env.CHROME_PATH)
      console.warn(`CHROME_PATH=${process.env.CHROME_PATH} används inte (saknas eller PACKAGED_CHROMIUM=1)`);
    if (system) return system;
    const path = await packagedChromium();
    console.warn(`Ingen Chromium i systemet: använder @sparticuz/chromium (${path})`);
    return path;
  })();
  return resolved;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
}
