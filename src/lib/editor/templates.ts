// Templates for new content files (`npm run ny`, `npm run importera`): every field, with Swedish comments
// on what it means, whether it is required, its allowed values and how to write "unknown".
// Pure: the scripts write the text, the tests fill and build it.

/** Allowed values, as the schemas in src/schemas/ define them (a unit test keeps the two in step). */
export const allowedValues = {
  organisationKinds: [
    'kommun',
    'region',
    'nämnd',
    'förvaltning',
    'idéburen organisation',
    'myndighet',
    'media',
    'annan',
  ],
  documentKinds: [
    'uppföljning',
    'förslag',
    'beslut',
    'protokoll',
    'årsredovisning',
    'verksamhetsberättelse',
    'nyhet',
    'pressmeddelande',
    'tidningsartikel',
    'rapport',
    'webbsida',
  ],
  datePrecisions: ['dag', 'månad', 'år', 'ungefärlig', 'okänd'],
  transcriptions: ['hel', 'utdrag'],
  obtained: ['skannad', 'digital'],
  adoption: ['antagen', 'avslagen', 'framgår inte av källorna'],
  periodBasis: ['avtal', 'beslut', 'förslag', 'annan källa', 'saknas i källorna'],
  fundingKinds: ['kommunal ersättning', 'egen insats'],
  fundingStatuses: ['dokumenterad', 'föreslagen'],
  totalScopes: ['kommunal ersättning', 'egen insats', 'alla'],
  computationKinds: ['summa', 'differens', 'produkt', 'andel', 'per år', 'kvot'],
} as const;

export type TemplateKind = 'organisation' | 'partnerskap' | 'dokument';

/** Where each kind of file lives, and its content-layer collection (whose JSON Schema Astro writes). */
export const templateTargets: Record<TemplateKind, { folder: string; extension: string; collection: string }> = {
  organisation: { folder: 'content/organisations', extension: 'yaml', collection: 'organisations' },
  partnerskap: { folder: 'content/partnerships', extension: 'mdx', collection: 'partnerships' },
  dokument: { folder: 'content/documents', extension: 'mdx', collection: 'documents' },
};

/** An id as file names must be: a–z, 0–9 and hyphens (å, ä, ö folded). */
export function toId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-[^-]*$/, (tail) => (tail.length < 3 ? '' : tail));
}

export const isValidId = (id: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);

const one = (values: readonly string[]) => values.join(' | ');

/** The modeline that makes YAML-aware editors complete and check the file against the collection's schema. */
export const schemaLine = (collection: string): string =>
  `# yaml-language-server: $schema=../../.astro/collections/${collection}.schema.json`;

const SOURCE_HELP = `# Källor (source): varje uppgift har source: { quote: "…" } med en mening kopierad ordagrant ur
#   texten. Står citatet i ett annat dokument än den här filens lägger du till doc: <dokumentets id>.
#   section: <rubrikens ankare> behövs bara om citatet står under flera rubriker (bygget säger då vilka).
# Okänt: skriv aldrig 0 eller en gissning. Hur "okänt" skrivs står vid varje fält.`;

/** A new organisation file. */
export function organisationTemplate(): string {
  return `${schemaLine('organisations')}
# Organisation: en kommun, nämnd, förvaltning, myndighet eller idéburen organisation.
# Filnamnet (utan .yaml) är organisationens id; andra filer hänvisar till den med det id:t.
${SOURCE_HELP}

# Obligatoriskt. Nuvarande namn: det som den nyaste källan använder.
name: ""
# Obligatoriskt. En av: ${one(allowedValues.organisationKinds)}
#   media: tidningar och andra som publicerar nyheter; annan: det som inte passar någon annan typ.
kind: idéburen organisation
# Bara för kommun och region, och då obligatoriskt: SCB:s kommunkod (fyra siffror) eller länskod (två).
# code: "0580"
# Obligatoriskt. En eller två meningar på enkel svenska om vad organisationen är.
description: ""
# Frivilligt. Organisationsnummer NNNNNN-NNNN, bara när en källa knyter numret till just denna organisation.
# orgNr: "802506-5742"
# Frivilligt. Ett org.nr som en källa skriver nära organisationen utan att säkert knyta det till den.
# orgNrInSources: { value: "802506-5742", note: "", source: { doc: "", quote: "" } }
# Frivilligt. Webbplats (https://…).
# website: https://www.example.se/
# Frivilligt. Organisationens egna kontaktuppgifter (växel, registratur), aldrig en enskild persons.
# contact: { email: "registrator@example.se", phone: "013-00 00 00" }
# Frivilligt. Den organisation den hör till, t.ex. en nämnds kommun (id).
# partOf: linkopings-kommun
# Obligatoriskt, minst ett. Varje namn som källorna använder, äldsta först; det sista är det nuvarande.
# En organisation har ingen egen text, så varje källa här anger doc.
names:
  - name: ""
    usedIn:
      - { doc: "", quote: "" }
# Frivilligt. Vad källorna inte säger om namnbytena (t.ex. när namnet ändrades).
# namesNote: När namnet ändrades framgår inte av källorna.
`;
}

export type DocumentKind = (typeof allowedValues.documentKinds)[number];

export interface DocumentTemplateOptions {
  kind?: DocumentKind;
  /** How the text was obtained: `skannad` for an OCR'd scan, `digital` for copied text. */
  obtained?: 'skannad' | 'digital';
  title?: string;
  sourceFile?: string;
  date?: string;
  dnr?: string;
  /** Lines to check, written as comments under the schema line. */
  checks?: string[];
  body?: string;
}

const quoted = (text: string) => JSON.stringify(text);

const checksBlock = (checks: string[] | undefined) =>
  checks?.length
    ? `# ATT KONTROLLERA (från npm run importera; radnummer i filen). Ta bort raderna efter kontroll:\n${checks
        .map((c) => `#   ${c.replace(/\n/g, ' ')}`)
        .join('\n')}\n`
    : '';

/** A new document file: a follow-up, a proposal or a decision, with its transcribed text below. */
export function documentTemplate(options: DocumentTemplateOptions = {}): string {
  const kind = options.kind ?? 'uppföljning';
  const followUp = kind === 'uppföljning';
  const decision = kind === 'förslag' || kind === 'beslut';
  const otherPart = `# --- För ${kind} ---
# Det källan säger om partnerskapet, punkt för punkt (tom lista [] om inget).
points:
  - text: ""
    source: { quote: "" }
`;
  const kindPart =
    !followUp && !decision
      ? otherPart
      : followUp
        ? `# --- Bara för uppföljningar ---
# Frivilligt. Perioden uppföljningen gäller.
# periodCovered: { from: "2020-01-01", to: "2020-12-31", note: "" }
# Iakttagelser per part och/eller mål (tom lista [] om dokumentet inte har några).
findings:
  - party: ""        # Frivilligt: organisationens id.
    goal: ""         # Frivilligt: id för ett mål i partnerskapet (goals[].id).
    text: ""         # Obligatoriskt: vad uppföljningen säger, med egna ord.
    source: { quote: "" }
# Nyckeltal: siffror som uppföljningen redovisar (tom lista [] om inga).
keyFigures:
  - id: ""           # Obligatoriskt: a–z, 0–9 och bindestreck, unikt i dokumentet.
    label: ""        # Obligatoriskt: vad som räknas.
    value: 0         # Obligatoriskt: talet som det står i källan (ett intervall: lägsta här, högsta i valueMax).
    # valueMax: 12   # Frivilligt: övre gräns när källan anger ett intervall (2–12).
    approximate: false # true när källan säger "ca", "ett 25-tal".
    unit: ""         # Obligatoriskt: t.ex. personer, besökare.
    period: ""       # Obligatoriskt: tiden siffran gäller, med ord ("2020", "per dag").
    # party: iogt-nto  # Frivilligt: organisationens id.
    # goal: ""         # Frivilligt: id för ett mål i partnerskapet.
    # computed: { how: andel, of: [30, 90], field: value, decimals: 0 } # Uträknat ur talen i citatet.
    source: { quote: "" }
# Utvecklingsområden som dokumentet nämner (tom lista [] om inga).
developmentAreas: []
#  - text: ""
#    source: { quote: "" }
# Frivilligt. Nästa uppföljning som dokumentet aviserar.
# nextFollowUp: { text: "", source: { quote: "" } }
`
        : `# --- För förslag och beslut ---
# Obligatoriskt, minst en. Varje punkt som föreslås eller beslutas.
points:
  - text: ""
    source: { quote: "" }
# Frivilligt. Den nya perioden som föreslås eller beslutas.
# newPeriod: { from: "2024-01-01", to: "2026-12-31" }
# Obligatoriskt. Om källorna visar att förslaget antogs. En av: ${one(allowedValues.adoption)}
# Ett förslag vars beslut inte finns bland källorna är "framgår inte av källorna", aldrig "antagen".
adoption: ${kind === 'beslut' ? 'antagen' : 'framgår inte av källorna'}
# Frivilligt. Förklaring till adoption.
# adoptionNote: Nämndens beslut finns inte bland källorna.
`;
  const date = options.date;
  const intro = '# Dokument: en källa om ett partnerskap (uppföljning, förslag, beslut, nyhet, protokoll …). Filnamnet';
  return `---
${schemaLine('documents')}
${checksBlock(options.checks)}${intro}
# (utan .mdx) är id:t.
# Texten under sista --- är dokumentets text, avskriven ordagrant (rätta OCR-fel, behåll ordalydelsen).
${SOURCE_HELP}

# Obligatoriskt. Dokumentets egen rubrik.
title: ${quoted(options.title ?? '')}
# Obligatoriskt. En av: ${one(allowedValues.documentKinds.slice(0, 6))}
#   ${one(allowedValues.documentKinds.slice(6))}
kind: ${kind}
# Obligatoriskt. Id för partnerskapet dokumentet gäller (filnamnet i content/partnerships/).
partnership: ""
# Obligatoriskt. Datum och hur säkert det är. precision: ${one(allowedValues.datePrecisions)}
#   dag: value ÅÅÅÅ-MM-DD · månad: ÅÅÅÅ-MM · år: ÅÅÅÅ · ungefärlig: något av dem, med reason.
#   Odaterat dokument: precision ungefärlig och en reason som säger vad datumet bygger på.
#   Okänt: precision okänd, inget value, och en reason.
date:
  value: ${quoted(date ?? '')}
  precision: dag
  # reason: ""  # Obligatoriskt när precision inte är dag: varför datumet är osäkert.
# Id för organisationen som gav ut eller publicerade dokumentet (förvaltningen, tidningen); utelämnas när
# det inte framgår.
issuer: ""
# Frivilligt. Handläggare eller författare som dokumentet namnger, i sin roll (inga privatpersoner).
# officer: { name: "", role: "" }
# Frivilligt. Id för organisationen dokumentet riktas till (t.ex. nämnden).
# addressee: ""
# Frivilligt. Diarienummer som det står i dokumentet.
${options.dnr ? `dnr: ${quoted(options.dnr)}` : '# dnr: "SON 2019-1251"'}
# Obligatoriskt. Hel text eller utdrag: ${one(allowedValues.transcriptions)}
transcription: hel
# Obligatoriskt. Hur texten kom till: skannad (OCR-läst, korrekturläst) eller digital (kopierad text).
obtained: ${options.obtained ?? 'digital'}
# Frivilligt. Var dokumentet är publicerat (http:// eller https://).
# url: https://www.example.se/nyheter/iop
# Frivilligt. Filen som texten skrivits av från.
${options.sourceFile ? `sourceFile: ${quoted(options.sourceFile)}` : '# sourceFile: "dokument.pdf"'}
# Obligatoriskt. Sammanfattning med egna ord, 1–3 meningar.
summary: ""
# Möten mellan parterna som dokumentet nämner utan att redovisa dem (tom lista [] om inga).
meetingsMentioned: []
#  - { from: "2018-01-01", to: "2018-12-31", count: 2, text: "", source: { quote: "" } }
# Frivilligt. Dokumentets egen samlade bedömning av partnerskapet, med dess ord.
# assessment: { text: "", source: { quote: "" } }
${kindPart}---

${options.body ?? '## Rubrik i dokumentet\n\nDokumentets text, ordagrant.\n'}`;
}

export interface PartnershipTemplateOptions {
  title?: string;
  obtained?: 'skannad' | 'digital';
  sourceFile?: string;
  checks?: string[];
  body?: string;
}

/** A new partnership file: the agreement's terms in frontmatter, its text below. */
export function partnershipTemplate(options: PartnershipTemplateOptions = {}): string {
  return `---
${schemaLine('partnerships')}
${checksBlock(options.checks)}# Partnerskap: en överenskommelse (IOP) med förlängningar. Filnamnet (utan .mdx) är id:t.
# Texten under sista --- är överenskommelsens text, avskriven ordagrant; rubrikerna blir ## och ###.
${SOURCE_HELP}
# Tre lägen för uppgifter och villkor: står i en källa (med source) · null eller [] = överenskommelsen
#   finns bland källorna och anger det inte · fältet utelämnat = okänt (finns inte bland källorna).

# Obligatoriskt. Överenskommelsens rubrik.
title: ${quoted(options.title ?? '')}
# true när ingen källa namnger partnerskapet och titeln är redaktionens arbetsnamn.
workingTitle: false
# Obligatoriskt. Överenskommelsens text bland källorna: transcription ${one(allowedValues.transcriptions)},
#   obtained ${one(allowedValues.obtained)}, url (frivilligt). Finns den inte bland källorna: agreement: null,
#   ingen text under sista --- och doc i varje källa.
agreement:
  transcription: hel
  obtained: ${options.obtained ?? 'skannad'}
  # url: https://www.example.se/iop.pdf
# Obligatoriskt. Kort namn för listor och diagram.
shortTitle: ""
# Obligatoriskt. Id för kommunen eller regionen (en organisation med kind kommun eller region och code).
municipality: ""
# Diarienummer (tom lista [] om inga står i källorna).
dnr: []
#  - value: "ON 2018-229"
#    source: { quote: "Dnr ON 2018-229" }
# Frivilligt. Filen som överenskommelsens text skrivits av från.
${options.sourceFile ? `sourceFile: ${quoted(options.sourceFile)}` : '# sourceFile: "iop.pdf"'}
# Obligatoriskt. Sammanfattning med egna ord.
summary: ""
# Obligatoriskt. Den offentliga parten (nämnden).
publicParty:
  organisation: ""   # Id för organisationen.
  nameInAgreement: "" # Namnet som överenskommelsen använder (utelämnas utan överenskommelse).
  role: ""           # Partens roll och åtaganden, nära överenskommelsens ord.
  source: { quote: "" }
  moreSources: []    # Fler citat när rollen bygger på flera ställen: - { quote: "" }
# Obligatoriskt, minst en. De idéburna parterna, i samma form som publicParty.
ideaParties:
  - organisation: ""
    nameInAgreement: ""
    role: ""
    source: { quote: "" }
# Aktörer som deltar utan att vara parter, t.ex. polisen (tom lista [] om inga).
otherActors: []
#  - text: ""
#    source: { quote: "" }
# Syfte, mål, målgrupper och värdegrund: [] när överenskommelsen inte anger dem, utelämnade när okända.
purpose:
  - text: ""
    source: { quote: "" }
goals:
  - id: ""           # a–z, 0–9 och bindestreck; uppföljningar hänvisar till målet med detta id.
    text: ""
    source: { quote: "" }
targetGroups:
  - text: ""
    source: { quote: "" }
valueBase:
  - text: ""
    source: { quote: "" }
# Obligatoriskt, minst en. Överenskommelsens period och varje förlängning.
# basis: ${one(allowedValues.periodBasis)}
#   annan källa: t.ex. en nyhet eller artikel. En period som bara kan slutas sig till:
#   basis "saknas i källorna", note som säger hur, och en källa.
periods:
  - label: Ursprunglig överenskommelse
    from: ""         # ÅÅÅÅ-MM-DD inom citattecken, t.ex. "2018-01-01".
    to: ""
    basis: avtal
    # document: ""   # Id för beslutet eller förslaget, när basis är beslut eller förslag.
    # note: ""       # Förbehåll: vad som är en slutsats och hur.
    # followUp: { perYear: 1, text: "", source: { doc: "", quote: "" } }  # När perioden har annan uppföljning.
    source: { quote: "" }
# Villkoren: ett objekt med source när det står i överenskommelsen, null när överenskommelsen finns bland
# källorna och inte anger villkoret, och utelämnat när det är okänt.
terms:
  signed:            # Utelämnas helt när undertecknandet är okänt.
    date: ""         # "ÅÅÅÅ-MM-DD"; utelämnas när dagen inte står i källan.
    place: ""        # Utelämnas när orten inte står.
    signatories:     # name: null när underskriften saknar namn; [] när ingen syns.
      - { name: null, for: "" }
    # note: ""
    source: { quote: "" }
  decisionDeadline: null # eller { date: "ÅÅÅÅ-MM-DD", source: { quote: "" } }
  notice: null       # eller { months: 6, text: "", source: { quote: "" } }
  repayment: null    # eller { text: "", source: { quote: "" } }
  payment: null      # eller { month: 1, text: "", source: { quote: "" } }  (månad 1–12)
  indexation: null   # eller { index: "OPI", from: "ÅÅÅÅ-MM-DD", text: "", source: { quote: "" } }
  followUp: null     # eller { perYear: 2, text: "", convenedBy: <organisations-id>, source: { quote: "" } }
  #   convenedBySource: { quote: "" } # Citatet som säger vem som kallar, med det namn det använder.
  otherMeetings: []  # Andra återkommande möten: - { text: "", source: { quote: "" } }
  otherTerms: []     # Andra villkor (ändringar, andra finansiärer): - { label: "", text: "", source: { quote: "" } }
# Pengar per part, slag och period, som källorna anger dem ([] när inget belopp är känt).
# kind: ${one(allowedValues.fundingKinds)} · status: ${one(allowedValues.fundingStatuses)}
# Ett år utan dokumenterat belopp får ingen rad: det visas som okänt, aldrig som 0 kr.
# Två belopp för samma part, slag och år (t.ex. två verksamheter) blir två rader; de summeras.
funding:
  - party: ""        # Id för parten som får pengarna eller gör insatsen.
    kind: kommunal ersättning
    payer: ""        # Id för nämnden som betalar (krävs för kommunal ersättning).
    from: ""
    to: ""
    perYear: true    # true: varje år i perioden; false: hela perioden; framgår inte av källan.
    amount: 0        # Hela kronor, som det står i källan.
    status: dokumenterad
    # decidedBy: ""  # Id för förslaget eller beslutet (krävs när status är föreslagen).
    # indexedFrom: "2019-01-01" # Från detta datum räknas beloppet upp: senare års belopp visas som okända.
    # note: ""
    # groups:        # Delposter när dokumentet specificerar beloppet.
    #   - label: ""
    #     statedSubtotal: 0
    #     source: { quote: "" }
    #     items:
    #       - { label: "", amount: 0, source: { quote: "" } }
    # declaredDifference: { amount: 100, explanation: "" } # När summan och delposterna skiljer sig.
    # computed: { how: summa, of: [400000, 300000], field: amount, decimals: 0, text: "" } # Uträknat:
    #   how ${one(allowedValues.computationKinds)}; of: talen som står i citatet.
    source: { quote: "" }
# Summor som dokumentet anger; bygget kontrollerar dem mot raderna. scope: ${one(allowedValues.totalScopes)}
statedTotals: []
#  - { label: "", scope: alla, from: "", to: "", amount: 0, source: { quote: "" } }
#    declaredDifference: { amount: 0, explanation: "" } om summan inte stämmer med raderna.
---

${options.body ?? '## Rubrik i överenskommelsen\n\nÖverenskommelsens text, ordagrant.\n'}`;
}

/** The template for a kind of file. */
export function template(kind: TemplateKind, options: DocumentTemplateOptions = {}): string {
  if (kind === 'organisation') return organisationTemplate();
  if (kind === 'partnerskap') return partnershipTemplate(options);
  return documentTemplate(options);
}
