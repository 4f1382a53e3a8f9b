// Writes a synthetic, valid corpus of N partnerships into <dir>/content (never into this project's content/).
// Usage: node scripts/generate-corpus.ts <dir> <N> [seed]
// Each partnership: 2–4 parties from a shared pool (some renamed), an agreement, 3–5 follow-ups with key
// figures, a decision, funding lines with indexed (unknown) years; Swedish text of 2–8 KB per document.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32), so a corpus can be rebuilt exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = [
  'Linköping',
  'Norrköping',
  'Motala',
  'Mjölby',
  'Finspång',
  'Vadstena',
  'Söderköping',
  'Åtvidaberg',
  'Kinda',
  'Boxholm',
  'Ödeshög',
  'Ydre',
  'Valdemarsvik',
  'Jönköping',
  'Västervik',
  'Växjö',
  'Kalmar',
  'Örebro',
  'Västerås',
  'Uppsala',
  'Gävle',
  'Umeå',
  'Luleå',
  'Sundsvall',
  'Karlstad',
  'Halmstad',
  'Borås',
  'Skövde',
  'Visby',
  'Eskilstuna',
];
const ORG_KINDS = [
  'stadsmission',
  'församling',
  'IOGT-NTO-förening',
  'brukarförening',
  'kvinnojour',
  'idrottsförening',
  'studieförbund',
  'hjälporganisation',
  'pensionärsförening',
  'fritidsgård',
];
const THEMES = [
  'social gemenskap',
  'kamratstöd',
  'boende för hemlösa',
  'läxhjälp',
  'språkcafé',
  'stöd till våldsutsatta',
  'arbetsträning',
  'fritid för unga',
  'matbank',
  'äldres ensamhet',
];
const SUBJECTS = [
  'Verksamheten',
  'Mötesplatsen',
  'Organisationen',
  'Kommunen',
  'Parterna',
  'Volontärerna',
  'Personalen',
  'Deltagarna',
  'Samverkan',
  'Partnerskapet',
];
const VERBS = [
  'erbjuder',
  'utvecklar',
  'stärker',
  'samordnar',
  'följer upp',
  'bygger',
  'främjar',
  'möjliggör',
  'skapar',
  'stödjer',
];
const OBJECTS = [
  'social samvaro i drogfri miljö',
  'nya nätverk för enskilda',
  'en meningsfull vardag',
  'kontakt med myndigheter',
  'trygga mötesplatser',
  'arbetsträning efter individuella behov',
  'stöd till anhöriga',
  'gemensamt lärande mellan parterna',
  'kunskap om målgruppens levnadsvillkor',
  'delaktighet och inflytande',
];
const TAILS = [
  'under hela avtalsperioden',
  'i nära dialog med kommunen',
  'utifrån den gemensamma värdegrunden',
  'för människor i utsatta situationer',
  'både vardagar och helger',
  'tillsammans med andra aktörer',
  'med hjälp av ideella krafter',
  'enligt överenskommelsens mål',
];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const kr = (n: number) => new Intl.NumberFormat('sv-SE').format(n).replace(/\u00a0/g, ' ');
const q = (text: string) => JSON.stringify(text);
const source = (doc: string, section: string, quote: string, indent: string) =>
  `${indent}source:\n${indent}  doc: ${doc}\n${indent}  section: ${section}\n${indent}  quote: ${q(quote)}\n`;

function sentence(rng: Rng): string {
  return `${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} ${pick(rng, TAILS)}.`;
}
function paragraph(rng: Rng, sentences = int(rng, 3, 6)): string {
  return Array.from({ length: sentences }, () => sentence(rng)).join(' ');
}
/** Filler paragraphs until the body reaches `bytes`. */
function fill(rng: Rng, parts: string[], bytes: number, heading: string): string[] {
  let size = parts.join('\n\n').length;
  const out = [...parts];
  if (size < bytes) out.push(`## ${heading}`);
  while (size < bytes) {
    const p = paragraph(rng);
    out.push(p);
    size += p.length + 2;
  }
  return out;
}

interface Org {
  id: string;
  name: string;
  formerName?: string | undefined;
  kind: string;
  description: string;
  partOf?: string;
  code?: string;
  usedIn?: { doc: string; section: string; quote: string };
}

export function generateCorpus(
  dir: string,
  n: number,
  seed = 1,
): { partnerships: number; documents: number; organisations: number } {
  const rng = random(seed);
  const content = join(dir, 'content');
  for (const c of ['organisations', 'partnerships', 'documents']) mkdirSync(join(content, c), { recursive: true });
  writeFileSync(
    join(content, 'site.yaml'),
    'webbplats:\n  scope: register\n  publisherName: Prestandatest\n  contact: via testredaktionen\n',
  );

  const towns = TOWNS.slice(0, Math.min(TOWNS.length, Math.max(3, Math.ceil(n / 70))));
  const municipalities: Org[] = towns.map((town, i) => ({
    id: `kommun-${i}`,
    name: `${town}s kommun`,
    kind: 'kommun',
    code: String(9000 + i),
    description: `Kommunen ${town}.`,
  }));
  const boards: Org[] = municipalities.map((m, i) => ({
    id: `namnd-${i}`,
    name: `Social- och omsorgsnämnden i ${towns[i]}`,
    formerName: i % 3 === 0 ? `Omsorgsnämnden i ${towns[i]}` : undefined,
    kind: 'nämnd',
    partOf: m.id,
    description: `Nämnd i ${m.name}.`,
  }));
  const poolSize = Math.max(6, Math.round(n / 2));
  const pool: Org[] = Array.from({ length: poolSize }, (_, i) => {
    const town = pick(rng, towns);
    const kind = pick(rng, ORG_KINDS);
    const name = `${kind[0]!.toUpperCase()}${kind.slice(1)} ${town} ${i + 1}`;
    return {
      id: `org-${i}`,
      name,
      formerName: i % 7 === 0 ? `${name.replace(/ \d+$/, '')} (gamla föreningen) ${i + 1}` : undefined,
      kind: 'idéburen organisation',
      description: `Idéburen ${kind} i ${town}.`,
    };
  });

  let documents = 0;
  for (let i = 0; i < n; i++) {
    const id = `partnerskap-${String(i).padStart(5, '0')}`;
    const theme = pick(rng, THEMES);
    const mIndex = i % municipalities.length;
    const municipality = municipalities[mIndex]!;
    const board = boards[mIndex]!;
    const ideaCount = int(rng, 1, 3);
    const ideas = Array.from({ length: ideaCount }, (_, k) => pool[(i * 2 + k) % pool.length]!).filter(
      (o, k, all) => all.indexOf(o) === k,
    );
    const startYear = 2010 + (i % 14);
    const from = `${startYear}-01-01`;
    const to = `${startYear + 2}-12-31`;
    const municipal = ideas.map(() => int(rng, 10, 90) * 10000);
    const own = ideas.map(() => int(rng, 5, 120) * 10000);
    const total = [...municipal, ...own].reduce((s, v) => s + v, 0);

    const partySentence =
      `Offentlig part: ${board.name}${board.formerName ? ` (tidigare ${board.formerName})` : ''}, ` +
      `${municipality.name}.`;
    const ideaSentences = ideas.map(
      (o) => `Idéburen part: ${o.name}${o.formerName ? ` (tidigare ${o.formerName})` : ''}.`,
    );
    const purposeSentence = `Syftet är att ${theme} ska nå fler människor i ${towns[mIndex]}.`;
    const goalSentences = [
      `Målet är att minska ensamhet genom ${theme}.`,
      `Målet är att fler deltagare får en meningsfull vardag.`,
      `Målet är att stärka samverkan mellan kommunen och civilsamhället.`,
    ];
    const targetSentence = `Målgruppen är människor i ${towns[mIndex]} som behöver ${theme}.`;
    const valueSentence =
      'Partnerskapet bygger på öppenhet, ömsesidig tillit och respekt för varandras förutsättningar.';
    const totalSentence = `Överenskommelsens ekonomiska omfattning är ${kr(total)} kronor per år.`;
    const municipalSentences = ideas.map(
      (o, k) => `${board.name} ersätter ${o.name} med ${kr(municipal[k]!)} kronor per år.`,
    );
    const ownSentences = ideas.map(
      (o, k) => `${o.name} bidrar med insatser till ett värde av ${kr(own[k]!)} kronor per år.`,
    );
    const indexSentence = `Uppräkning sker årligen enligt OPI från och med ${startYear + 1}-01-01.`;
    const periodSentence = `Överenskommelsen gäller från och med ${from} till och med ${to}.`;
    const noticeSentence = 'Uppsägningstiden ska vara sex (6) månader.';
    const deadlineSentence = `Senast ${startYear + 1}-12-31 ska parterna ta ställning till förlängning.`;
    const followSentence = 'Parterna följer upp överenskommelsen två gånger per år.';
    const repaySentence = 'Medel som inte används för avsett ändamål ska återbetalas.';
    const paySentence = 'Ersättningen betalas ut i januari varje år.';
    const signSentence = `${towns[mIndex]} ${startYear - 1}-12-15`;

    const body = fill(
      rng,
      [
        '## Bakgrund',
        paragraph(rng),
        paragraph(rng),
        '## Parter',
        partySentence,
        ...ideaSentences,
        '## Syfte',
        purposeSentence,
        paragraph(rng),
        '## Mål',
        ...goalSentences,
        '## Målgrupp',
        targetSentence,
        '## Värdegrund',
        valueSentence,
        paragraph(rng),
        '## Ekonomi',
        totalSentence,
        ...municipalSentences,
        ...ownSentences,
        indexSentence,
        paySentence,
        repaySentence,
        '## Period och villkor',
        periodSentence,
        deadlineSentence,
        noticeSentence,
        followSentence,
        '## Underskrifter',
        signSentence,
      ],
      int(rng, 2048, 8192),
      'Verksamhetens innehåll',
    );

    for (const [o, k] of ideas.map((o, k) => [o, k] as const))
      o.usedIn ??= { doc: id, section: 'parter', quote: ideaSentences[k]! };
    board.usedIn ??= { doc: id, section: 'parter', quote: partySentence };
    municipality.usedIn ??= { doc: id, section: 'parter', quote: partySentence };

    const decisionId = `${id}-beslut`;
    const nextTo = `${startYear + 5}-12-31`;
    let fm =
      `---\ntitle: ${q(`IOP – ${theme} i ${towns[mIndex]} (${i + 1})`)}\nshortTitle: ` +
      `${q(`${theme} ${towns[mIndex]} ${i + 1}`)}\nmunicipality: ${municipality.id}\nagreement:\n  transcription: ` +
      `hel\n  obtained: digital\nsourceFile: syntetisk-${id}.txt\nsummary: ` +
      `${q(`Syntetiskt partnerskap om ${theme} för prestandatest.`)}\n`;
    fm +=
      `publicParty:\n  organisation: ${board.id}\n  nameInAgreement: ${q(board.name)}\n  role: Finansierar ` +
      `verksamheten.\n${source(id, 'parter', partySentence, '  ')}`;
    const ideaParty = (o: (typeof ideas)[number], k: number) =>
      `  - organisation: ${o.id}\n    nameInAgreement: ${q(o.name)}\n    role: Bedriver verksamheten.\n` +
      source(id, 'parter', ideaSentences[k]!, '    ');
    fm += `ideaParties:\n${ideas.map(ideaParty).join('')}`;
    fm += `purpose:\n  - text: ${q(purposeSentence)}\n${source(id, 'syfte', purposeSentence, '    ')}`;
    const goal = (g: string, k: number) => `  - id: mal-${k + 1}\n    text: ${q(g)}\n${source(id, 'mål', g, '    ')}`;
    fm += `goals:\n${goalSentences.map(goal).join('')}`;
    fm += `targetGroups:\n  - text: ${q(targetSentence)}\n${source(id, 'målgrupp', targetSentence, '    ')}`;
    fm += `valueBase:\n  - text: ${q(valueSentence)}\n${source(id, 'värdegrund', valueSentence, '    ')}`;
    fm +=
      `periods:\n  - label: Ursprunglig överenskommelse\n    from: "${from}"\n    to: "${to}"\n    basis: ` +
      `avtal\n${source(id, 'period-och-villkor', periodSentence, '    ')}`;
    fm +=
      `  - label: Förlängning\n    from: "${startYear + 3}-01-01"\n    to: "${nextTo}"\n    basis: beslut\n    ` +
      `document: ` +
      `${decisionId}\n${source(decisionId, 'beslut', `Överenskommelsen förlängs till och med ${nextTo}.`, '    ')}`;
    fm +=
      `terms:\n  signed:\n    date: "${startYear - 1}-12-15"\n    place: ${towns[mIndex]}\n    signatories:\n      ` +
      `- name: null\n        for: ${q(board.name)}\n${source(id, 'underskrifter', signSentence, '    ')}`;
    fm +=
      `  decisionDeadline:\n    date: ` +
      `"${startYear + 1}-12-31"\n${source(id, 'period-och-villkor', deadlineSentence, '    ')}`;
    fm +=
      `  notice:\n    months: 6\n    text: Sex ` +
      `månader.\n${source(id, 'period-och-villkor', noticeSentence, '    ')}`;
    fm += `  repayment:\n    text: Ska återbetalas.\n${source(id, 'ekonomi', repaySentence, '    ')}`;
    fm += `  payment:\n    month: 1\n    text: I januari.\n${source(id, 'ekonomi', paySentence, '    ')}`;
    fm +=
      `  indexation:\n    index: OPI\n    from: "${startYear + 1}-01-01"\n    text: Årlig ` +
      `uppräkning.\n${source(id, 'ekonomi', indexSentence, '    ')}`;
    fm +=
      `  followUp:\n    perYear: 2\n    text: Två gånger per år.\n    convenedBy: ` +
      `${board.id}\n${source(id, 'period-och-villkor', followSentence, '    ')}`;
    fm += 'funding:\n';
    ideas.forEach((o, k) => {
      fm +=
        `  - party: ${o.id}\n    kind: kommunal ersättning\n    payer: ${board.id}\n    from: "${from}"\n    to: ` +
        `"${to}"\n    perYear: true\n    amount: ${municipal[k]}\n    status: dokumenterad\n    indexedFrom: ` +
        `"${startYear + 1}-01-01"\n${source(id, 'ekonomi', municipalSentences[k]!, '    ')}`;
      fm +=
        `  - party: ${o.id}\n    kind: egen insats\n    from: "${from}"\n    to: "${to}"\n    perYear: true\n    ` +
        `amount: ${own[k]}\n    status: dokumenterad\n${source(id, 'ekonomi', ownSentences[k]!, '    ')}`;
    });
    fm +=
      `statedTotals:\n  - label: Ekonomisk omfattning per år\n    scope: alla\n    from: "${from}"\n    to: ` +
      `"${startYear}-12-31"\n    amount: ${total}\n${source(id, 'ekonomi', totalSentence, '    ')}`;
    fm += '---\n\n';
    writeFileSync(join(content, 'partnerships', `${id}.mdx`), fm + body.join('\n\n') + '\n');

    // Follow-ups with key figures.
    const followUps = int(rng, 3, 5);
    for (let f = 0; f < followUps; f++) {
      const docId = `${id}-uppfoljning-${f + 1}`;
      const year = startYear + Math.floor(f / 2);
      const month = f % 2 === 0 ? '06' : '12';
      const party = ideas[f % ideas.length]!;
      const visitors = int(rng, 5, 60);
      const people = int(rng, 20, 400);
      const visitorSentence = `Hos ${party.name} kom ungefär ${visitors} besökare per vecka under ${year}.`;
      const peopleSentence = `Under ${year} deltog ${people} unika personer i verksamheten.`;
      const findingSentence = `${party.name} beskriver att fler söker sig till verksamheten än tidigare.`;
      const nextSentence = `Nästa uppföljning sker i ${month === '06' ? 'december' : 'juni'}.`;
      const fbody = fill(
        rng,
        [
          '## Bakgrund',
          paragraph(rng),
          '## Uppföljning',
          findingSentence,
          paragraph(rng),
          '## Nyckeltal',
          visitorSentence,
          peopleSentence,
          '## Utvecklingsområden',
          paragraph(rng, 2),
          nextSentence,
        ],
        int(rng, 2048, 8192),
        'Iakttagelser',
      );
      let ffm =
        `---\ntitle: ${q(`Uppföljning ${f + 1} av IOP – ${theme} i ${towns[mIndex]} (${i + 1})`)}\nkind: ` +
        `uppföljning\npartnership: ${id}\ndate:\n  value: "${year}-${month}-15"\n  precision: dag\nissuer: ` +
        `${board.id}\ntranscription: hel\nobtained: digital\nsourceFile: syntetisk-${docId}.txt\nsummary: ` +
        `${q(`Uppföljning ${f + 1} av ett syntetiskt partnerskap.`)}\n`;
      ffm +=
        `findings:\n  - party: ${party.id}\n    goal: mal-1\n    text: ` +
        `${q(findingSentence)}\n${source(docId, 'uppföljning', findingSentence, '    ')}`;
      ffm +=
        `keyFigures:\n  - id: besokare-per-vecka\n    label: Besökare per vecka\n    value: ${visitors}\n    ` +
        `approximate: true\n    unit: besökare per vecka\n    period: "${year}"\n    party: ${party.id}\n    goal: ` +
        `mal-1\n${source(docId, 'nyckeltal', visitorSentence, '    ')}`;
      ffm +=
        `  - id: unika-personer\n    label: Unika personer\n    value: ${people}\n    unit: personer\n    period: ` +
        `"${year}"\n    goal: mal-2\n${source(docId, 'nyckeltal', peopleSentence, '    ')}`;
      ffm += `nextFollowUp:\n  text: ${q(nextSentence)}\n${source(docId, 'utvecklingsområden', nextSentence, '  ')}`;
      ffm += '---\n\n';
      writeFileSync(join(content, 'documents', `${docId}.mdx`), ffm + fbody.join('\n\n') + '\n');
      documents++;
    }

    // A decision that extends the partnership.
    const pointSentence = `Överenskommelsen förlängs till och med ${nextTo}.`;
    const dbody = fill(
      rng,
      ['## Beslut', pointSentence, paragraph(rng), '## Ärendet', paragraph(rng), paragraph(rng)],
      int(rng, 2048, 8192),
      'Beslutsunderlag',
    );
    let dfm =
      `---\ntitle: ${q(`Beslut om förlängning av IOP – ${theme} i ${towns[mIndex]} (${i + 1})`)}\nkind: ` +
      `beslut\npartnership: ${id}\ndate:\n  value: "${startYear + 2}-10-20"\n  precision: dag\nissuer: ` +
      `${board.id}\ntranscription: hel\nobtained: digital\nsourceFile: syntetisk-${decisionId}.txt\nsummary: ` +
      `Beslut om förlängning.\n`;
    dfm +=
      `points:\n  - text: ${q(pointSentence)}\n${source(decisionId, 'beslut', pointSentence, '    ')}newPeriod:\n  ` +
      `from: "${startYear + 3}-01-01"\n  to: "${nextTo}"\nadoption: antagen\n---\n\n`;
    writeFileSync(join(content, 'documents', `${decisionId}.mdx`), dfm + dbody.join('\n\n') + '\n');
    documents++;
  }

  for (const org of [...municipalities, ...boards, ...pool]) {
    if (!org.usedIn) continue;
    const names = org.formerName
      ? `  - name: ${q(org.formerName)}\n    usedIn:\n      - doc: ${org.usedIn.doc}\n        section: ` +
        `${org.usedIn.section}\n        quote: ${q(org.usedIn.quote)}\n`
      : '';
    const yaml =
      `name: ${q(org.name)}\nkind: ${org.kind}\n${org.code ? `code: "${org.code}"\n` : ''}description: ` +
      `${q(org.description)}\n${org.partOf ? `partOf: ${org.partOf}\n` : ''}names:\n${names}  - name: ` +
      `${q(org.name)}\n    usedIn:\n      - doc: ${org.usedIn.doc}\n        section: ${org.usedIn.section}\n       ` +
      ` quote: ${q(org.usedIn.quote)}\n`;
    writeFileSync(join(content, 'organisations', `${org.id}.yaml`), yaml);
  }
  const organisations = [...municipalities, ...boards, ...pool].filter((o) => o.usedIn).length;
  return { partnerships: n, documents: documents + n, organisations };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n, seed] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('Användning: node scripts/generate-corpus.ts <katalog> <antal partnerskap> [frö]');
    process.exit(2);
  }
  console.log(generateCorpus(dir, Number(n), Number(seed ?? 1)));
}
