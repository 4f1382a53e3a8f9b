import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { systemChromium } from '../../scripts/lib/browser';

describe('which Chromium the browser tests drive', () => {
  it('takes CHROME_PATH when it names an existing file', () => {
    expect(systemChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });

  it("falls back to Debian's, or to none (then the packaged one), when CHROME_PATH does not exist", () => {
    const debian = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
    expect(systemChromium({ CHROME_PATH: '/finns/inte/chromium' })).toBe(debian);
  });

  it('uses no system browser when PACKAGED_CHROMIUM=1', () => {
    expect(systemChromium({ CHROME_PATH: process.execPath, PACKAGED_CHROMIUM: '1' })).toBeUndefined();
  });
});
