import { describe, expect, it } from 'vitest';
import {
  ContentIntegrityError,
  assertContentIntegrity,
  findIntegrityErrors,
  type SiteContent,
} from '../../src/lib/integrity';
import { FOLLOW_UP, P, fixtureContent } from '../support/fixtures';

const P1 = `content/partnerships/${P}.mdx`;
const D2020 = `content/documents/${FOLLOW_UP}.mdx`;

/** The fixture corpus with one thing broken. */
function broken(mutate: (content: SiteContent) => void): SiteContent {
  const copy = fixtureContent();
  mutate(copy);
  return copy;
}
const p1 = (c: SiteContent) => c.partnerships.find((p) => p.id === P)!;
const d2020 = (c: SiteContent) => c.documents.find((d) => d.id === FOLLOW_UP)!;
const ownContribution = (c: SiteContent) => p1(c).data.funding.findIndex((l) => l.kind === 'egen insats');

const cases: { rule: string; mutate: (c: SiteContent) => void; file: string; field: RegExp; expected: RegExp }[] = [
  {
    rule: 'an unknown organisation',
    mutate: (c) => (p1(c).data.funding[0]!.party = { id: 'okand-forening', collection: 'organisations' }),
    file: P1,
    field: /^funding\[0\]\.party$/,
    expected: /"okand-forening" finns inte/,
  },
  {
    rule: 'a source document that does not exist',
    mutate: (c) => (p1(c).data.terms.notice!.source.doc = 'saknat-dokument'),
    file: P1,
    field: /^terms\.notice\.source\.doc$/,
    expected: /"saknat-dokument" finns inte/,
  },
  {
    rule: 'a source section that does not exist',
    mutate: (c) => (p1(c).data.terms.notice!.source.section = 'sida-99'),
    file: P1,
    field: /^terms\.notice\.source\.section$/,
    expected: /"sida-99" finns inte/,
  },
  {
    rule: 'a quote that is not in the source',
    mutate: (c) => (p1(c).data.terms.notice!.source.quote = 'Uppsägningstiden är sex månader.'),
    file: P1,
    field: /^terms\.notice\.source\.quote$/,
    expected: /ordagrant citat/,
  },
  {
    rule: 'an undeclared sum mismatch (30 100 vs 30 000)',
    mutate: (c) => (p1(c).data.funding[ownContribution(c)]!.amount = 30100),
    file: P1,
    field: /^funding\[\d+\]\.declaredDifference$/,
    expected: /declaredDifference\.amount: 100/,
  },
  {
    rule: 'a declared difference where the lines add up',
    mutate: (c) => (p1(c).data.funding[ownContribution(c)]!.declaredDifference = { amount: 100, explanation: 'x' }),
    file: P1,
    field: /^funding\[\d+\]\.declaredDifference$/,
    expected: /ingen differens/,
  },
  {
    rule: 'a subtotal that differs from its lines',
    mutate: (c) => (p1(c).data.funding[ownContribution(c)]!.groups![0]!.items[0]!.amount = 21000),
    file: P1,
    field: /^funding\[\d+\]\.groups\[0\]\.statedSubtotal$/,
    expected: /31\s000\skr/,
  },
  {
    rule: 'a stated total that differs from the lines it covers',
    mutate: (c) => (p1(c).data.statedTotals[0]!.amount = 160000),
    file: P1,
    field: /^statedTotals\[0\]\.amount$/,
    expected: /150\s000\skr/,
  },
  {
    rule: 'a personal identity number in body text',
    mutate: (c) => (d2020(c).body += '\nKontaktperson 19811218-9876.\n'),
    file: D2020,
    field: /^body/,
    expected: /19811218-9876/,
  },
  {
    rule: 'a personal identity number in frontmatter',
    mutate: (c) => (d2020(c).data.summary += ' Handläggare 811218-9876.'),
    file: D2020,
    field: /^summary$/,
    expected: /811218-9876/,
  },
  {
    rule: 'a duplicate slug across partnerships and documents',
    mutate: (c) => c.documents.push({ ...structuredClone(d2020(c)), id: P, filePath: `content/documents/${P}.mdx` }),
    file: `content/documents/${P}.mdx`,
    field: /^id/,
    expected: /unikt id/,
  },
  {
    rule: 'a finding under a goal the partnership does not have',
    mutate: (c) => {
      if (d2020(c).data.kind === 'uppföljning')
        (d2020(c).data as { findings: { goal?: string }[] }).findings[0]!.goal = 'okant-mal';
    },
    file: D2020,
    field: /^findings\[0\]\.goal$/,
    expected: /"okant-mal" finns inte/,
  },
  {
    rule: 'an end before the start of a period',
    mutate: (c) => (p1(c).data.periods[0]!.to = '2019-12-31'),
    file: P1,
    field: /^periods\[0\]\.to$/,
    expected: /2020-01-01/,
  },
];

describe('content integrity', () => {
  it('finds nothing wrong in the fixture corpus (so each case below breaks exactly one thing)', () => {
    expect(findIntegrityErrors(fixtureContent())).toEqual([]);
    expect(() => assertContentIntegrity(fixtureContent())).not.toThrow();
  });

  it.each(cases)('fails on $rule, naming file and field', ({ mutate, file, field, expected }) => {
    const errors = findIntegrityErrors(broken(mutate));
    expect(errors.length).toBeGreaterThanOrEqual(1);
    const error = errors.find((e) => e.file === file && field.test(e.field));
    expect(error, JSON.stringify(errors, null, 2)).toBeDefined();
    expect(`${error!.found ?? ''} ${error!.expected}`).toMatch(expected);
  });

  it('reports every error at once in a message with file, field and what was expected', () => {
    const content = broken((c) => {
      p1(c).data.funding[0]!.party = { id: 'okand-forening', collection: 'organisations' };
      d2020(c).body += '\n19811218-9876\n';
    });
    expect(() => assertContentIntegrity(content)).toThrow(ContentIntegrityError);
    const message = (() => {
      try {
        assertContentIntegrity(content);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(`${P1} → funding[0].party: förväntade`);
    expect(message).toContain(
      `${D2020} → body (brödtext): fick "19811218-9876"; förväntade ingen personnummer-uppgift`,
    );
  });

  it('names the file and the file line of every unsafe thing in a body', () => {
    const content = broken((c) => {
      d2020(c).body = `Text\n\n{JSON.stringify(process.env)}\n\n[klicka](javascript:alert(1))\n${d2020(c).body}`;
    });
    // The body starts on line 40 of its file: its line 3 is the file's line 42.
    const errors = findIntegrityErrors(content, {}, (entry) => (entry.id === FOLLOW_UP ? 40 : 1));
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
      [D2020, 42, 'body (brödtext)'],
      [D2020, 44, 'body (brödtext)'],
    ]);
    expect(errors[0]!.expected).toMatch(/inga JavaScript-uttryck/);
    expect(errors[1]!.expected).toMatch(/"javascript:" är inte tillåtet/);
  });
});
