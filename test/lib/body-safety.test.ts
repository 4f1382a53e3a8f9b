import { describe, expect, it } from 'vitest';
import { bodyStartLine, findBodyHazards, unsafeUrl } from '../../src/lib/body-safety';

const lines = (body: string) => findBodyHazards(body).map((h) => h.line);
const problems = (body: string) =>
  findBodyHazards(body)
    .map((h) => h.problem)
    .join('\n');

describe('findBodyHazards', () => {
  it('accepts Markdown, page markers and safe links', () => {
    const body = [
      '## Rubrik',
      '',
      'Text med **fetstil**, _kursiv_, en [länk](https://example.se/a?b=1), [e-post](mailto:a@example.se),',
      'en [sida här](/dokument/x/#avsnitt), ett [ankare](#rubrik) och a < b och 3 > 2.',
      '',
      '| Kolumn | Belopp |',
      '| --- | ---: |',
      '| A | 100 |',
      '',
      '<span class="sidbrytning" id="sida-2">Sida 2 av 8</span>',
      '',
      '- punkt',
      '',
      '```',
      '<script>alert(1)</script>',
      '```',
    ].join('\n');
    expect(findBodyHazards(body)).toEqual([]);
    expect(findBodyHazards('Klamrar skrivs \\{så här\\}.')).toEqual([]);
  });

  it('finds hazards next to and around page markers, which alone are allowed', () => {
    const marker = '<span class="sidbrytning" id="sida-2">Sida 2 av 8</span>';
    expect(findBodyHazards(`Text\n\n${marker}\n\nMer text.\n`)).toEqual([]);
    expect([...new Set(lines(`${marker}\n\n${marker}<script>alert(1)</script>\n`))]).toEqual([3]);
    expect(lines(`[x](javascript:alert(1)) ${marker}`)).toEqual([1]);
    expect(lines(`Text {process.env.X} ${marker}`)).toEqual([1]);
    expect(lines('<span class="sidbrytning" id="sida-2">[x](javascript:alert(1))</span>')).toContain(1);
  });

  it('refuses import and export, naming their lines', () => {
    const body = "Text\n\nimport { execSync } from 'node:child_process'\n\nexport const x = 1\n";
    expect(lines(body)).toEqual([3, 5]);
    expect(problems(body)).toMatch(/ingen import eller export/);
  });

  it('refuses JavaScript expressions, in text and in attributes', () => {
    expect(lines('Rad ett\n\n{JSON.stringify(process.env)}\n')).toEqual([3]);
    expect(problems('Hej {execSync("id -un")} där')).toMatch(/inga JavaScript-uttryck/);
    expect(problems('<span class="sidbrytning" id={x}>Sida</span>')).toMatch(/JavaScript-uttryck/);
    expect(problems('<span class="sidbrytning" {...props}>Sida</span>')).toMatch(/\{…\}-attribut/);
  });

  it('refuses raw HTML outside the page-marker allowlist', () => {
    expect(problems('<script>alert(1)</script>')).toMatch(/<script> är inte tillåtet/);
    expect(problems('Text <img src="x" onerror="alert(1)" /> text')).toMatch(/<img> är inte tillåtet/);
    expect(findBodyHazards('<img src=x onerror=alert(1)>')).toHaveLength(1);
    expect(problems('<span class="sidbrytning" id="sida-2" onclick="alert(1)">Sida 2</span>')).toMatch(
      /"onclick" är inte tillåtet/,
    );
    expect(problems('<span class="x" id="sida-2">Sida 2</span>')).toMatch(/class på <span>/);
    expect(problems('<span class="sidbrytning" id="pagefind">Sida</span>')).toMatch(/id på <span>/);
    expect(problems('<span class="sidbrytning" id="sida-2"><b>Sida</b></span>')).toMatch(/bara text inuti <span>/);
    expect(findBodyHazards('<!-- kommentar -->')).toHaveLength(1);
  });

  it('refuses links and images to anything but https, http, mailto and the site itself', () => {
    expect(lines('Text\n\n[klicka](javascript:alert(1))\n')).toEqual([3]);
    expect(problems('[klicka](JavaScript:alert(1))')).toMatch(/"JavaScript:" är inte tillåtet/);
    expect(problems('[klicka](java&#115;cript:alert(1))')).toMatch(/"javascript:"/);
    expect(problems('![bild](data:image/svg+xml;base64,PHN2Zz4=)')).toMatch(/bild till/);
    expect(problems('[x][ref]\n\n[ref]: vbscript:msgbox')).toMatch(/"vbscript:"/);
    expect(problems('[x](//evil.example/)')).toMatch(/annan värd/);
    expect(problems('[x](/\\evil.example/)')).toMatch(/omvänt snedstreck/);
  });

  it('reports a body that is not readable as MDX at its line', () => {
    const [hazard] = findBodyHazards('Rad ett\n\nRad tre <img src=x onerror=alert(1)>\n');
    expect(hazard?.line).toBe(3);
  });
});

describe('unsafeUrl', () => {
  it('allows http, https, mailto, site paths and fragments', () => {
    for (const url of ['https://a.se/', 'http://a.se', 'MAILTO:a@b.se', '/data/', '#rubrik'])
      expect(unsafeUrl(url)).toBeUndefined();
  });
  it('sees through the tabs, line breaks and leading spaces browsers ignore', () => {
    for (const url of [
      'java\tscript:alert(1)',
      ' \u0001javascript:alert(1)',
      'data:text/html,x',
      'ftp://a.se',
      'relativ/sida',
    ])
      expect(unsafeUrl(url)).toBeTypeOf('string');
  });
});

describe('bodyStartLine', () => {
  it('is the line of the file on which the body starts', () => {
    expect(bodyStartLine('---\ntitle: x\n---\n\nBrödtext\n', '\nBrödtext\n')).toBe(4);
    expect(bodyStartLine('---\ntitle: x\n---\nBrödtext\n', 'Brödtext\n')).toBe(4);
  });
});
