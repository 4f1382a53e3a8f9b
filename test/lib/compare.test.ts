import { beforeAll, describe, expect, it } from 'vitest';
import { compareRows } from '../../src/lib/compare';
import type { SiteContent } from '../../src/lib/integrity';
import { loadContent } from '../support/load-content';

let content: SiteContent;
beforeAll(() => {
  content = loadContent(process.cwd());
});

describe('compareRows', () => {
  it('puts both partnerships’ terms side by side, with a source for every stated fact', () => {
    const ordered = ['social-gemenskap-och-kamratstod', 'socialt-och-ekonomiskt-utsatta'].map((id) => content.partnerships.find((p) => p.id === id)!.data);
    const names = (id: string, doc: string) => {
      const org = content.organisations.find((o) => o.id === id)!.data;
      return org.names.find((n) => n.usedIn.some((s) => s.doc === doc))?.name ?? org.name;
    };
    const rows = Object.fromEntries(compareRows(ordered, names).map((r) => [r.term, r.cells.map((c) => c.text.replace(/\u00a0/g, ' '))]));
    expect(rows['Årligt värde']).toEqual(['2 400 000 kr per år (2018-01 –)', '4 232 475 kr per år (2018-07 –)']);
    expect(rows['Kommunal ersättning och andel']).toEqual(['700 000 kr per år, 29 % av värdet', '1 800 000 kr per år, 43 % av värdet']);
    expect(rows['Egna insatser och andel']![0]).toMatch(/^1 700 000 kr per år, 71 % av värdet/);
    expect(rows['Egna insatser och andel']![1]).toMatch(/^2 432 475 kr per år, 57 % av värdet/);
    expect(rows['Uppsägning']).toEqual(['6 månader, skriftligen, om en part vill frånträda i förtid', 'anges inte i överenskommelsen']);
    // Names at the time: the agreements' own names, not later ones.
    expect(rows['Parter']![1]).toBe('Omsorgsnämnden, Linköpings kommun, Linköpings stadsmission, Biståndsorganisationen Hjärta till hjärta, Linköpings domkyrkopastorat');
    expect(rows['Parter']![0]).toContain('Sionförsamlingen Linköping');
    expect(rows['Uppföljning']![0]).toContain('Sammankallande: Omsorgs- och äldreförvaltningen.');
    expect(rows['Uppföljning']!.join(' ')).not.toContain('Social- och omsorgsförvaltningen');
    expect(rows['Egna insatser och andel']![1]).not.toMatch(/personal|lokaler|volontärer/);
    expect(rows['Utbetalning']).toEqual(['En gång per år, i januari', 'En gång per år, i juli']);
    expect(rows['Beslut om fortsättning senast']).toEqual(['2019-12-31', 'anges inte i överenskommelsen']);
    for (const row of compareRows(ordered, names)) for (const cell of row.cells) expect(cell.unknown === true || cell.source !== undefined, row.term).toBe(true);
  });
});
