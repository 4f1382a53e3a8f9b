import { DOCUMENT_COLUMNS, FACT_COLUMNS, FUNDING_COLUMNS, KEY_FIGURE_COLUMNS, PARTY_COLUMNS } from './open-data';
import { PAGES, absoluteUrl, dataFileUrl, sectionUrl } from './urls';

/** The open datasets: described once here for the /data/ page and the DCAT-AP-SE catalogue. */
export interface DatasetDescription {
  id: string;
  title: string;
  description: string;
  /** File names under /data/. */
  formats: { file: string; mediaType: string }[];
  fields: Record<string, string>;
}

/** A table published as both CSV and JSON under the same name. */
const csvAndJson = (name: string) => [
  { file: `${name}.csv`, mediaType: 'text/csv' },
  { file: `${name}.json`, mediaType: 'application/json' },
];

const fields = <C extends readonly string[]>(columns: C, descriptions: Record<C[number], string>) =>
  Object.fromEntries(columns.map((c) => [c, descriptions[c as C[number]]]));

export const DATASETS: DatasetDescription[] = [
  {
    id: 'finansiering',
    title: 'Finansiering per partnerskap, part, avtalsår och slag',
    description:
      'En rad per partnerskap, part, avtalsår och slag (kommunal ersättning eller egen insats). Belopp som inte ' +
      'finns i källorna är tomma och har status okänd; de är aldrig 0.',
    formats: csvAndJson('finansiering'),
    fields: fields(FUNDING_COLUMNS, {
      partnerskap_id: 'Partnerskapets id (del av webbadressen).',
      partnerskap: 'Partnerskapets korta namn.',
      kommun: 'Kommunen eller regionen som är offentlig part (genom en nämnd eller själv).',
      kommunkod: 'Kommunens kommunkod (fyra siffror) eller regionens länskod (två siffror) enligt SCB.',
      part_id: 'Organisationens id.',
      part: 'Organisationens namn så som radens källdokument skriver det (t.ex. Sionförsamlingen 2018).',
      part_senaste_namn:
        'Organisationens namn i den senaste källan, samma för alla år; inget påstående om vad den heter i dag.',
      slag:
        '”kommunal ersättning” (pengar från kommunen) eller ”egen insats” (organisationens bidrag värderat i ' +
        'kronor).',
      avtalsar: 'Avtalsåret, t.ex. ”2018” eller ”2018/19”.',
      kalenderar: 'Kalenderåret då avtalsåret börjar (ÅÅÅÅ), så att ”2018/19” hittas när man filtrerar på 2018.',
      fran: 'Avtalsårets första dag (ÅÅÅÅ-MM-DD).',
      till: 'Avtalsårets sista dag (ÅÅÅÅ-MM-DD).',
      belopp_kr:
        'Belopp i hela kronor; tomt när beloppet är okänt. När flera rader i källorna gäller samma part, slag ' +
        'och år är det summan av dem.',
      delbelopp_kr:
        'När beloppet är en summa av flera rader: varje rads belopp, åtskilda av semikolon, i samma ordning som ' +
        'källorna (tomt för en rad utan känt belopp).',
      status:
        'dokumenterad (står i källan), härledd (källan anger beloppet per år för hela perioden), föreslagen (i ' +
        'ett förslag vars beslut inte finns bland källorna) eller okänd.',
      forklaring: 'Hur värdet har tagits fram, eller varför det saknas.',
      kalla_dokument: 'Id för källdokumentet (vid en summa: ett per rad, åtskilda av ” | ”).',
      kalla_citat:
        'Meningen i källdokumentet som beloppet kommer från, ordagrant (vid en summa: en per rad, åtskilda av ” ' +
        '| ”). För ett okänt belopp: meningen som visar perioden eller uppräkningen.',
      kalla_lank:
        'Länk till meningen i källdokumentet (avsnittets ankare och ett textfragment som markerar citatet; vid ' +
        'en summa: en per rad, åtskilda av ” | ”).',
    }),
  },
  {
    id: 'parter',
    title: 'Parter i partnerskapen',
    description:
      'En rad per partnerskap och part, med namnet och rollen med överenskommelsens ord och andra namn som ' +
      'källorna använder.',
    formats: csvAndJson('parter'),
    fields: fields(PARTY_COLUMNS, {
      partnerskap_id: 'Partnerskapets id.',
      partnerskap: 'Partnerskapets korta namn.',
      kommun: 'Kommunen eller regionen som är offentlig part.',
      kommunkod: 'Kommunkod (fyra siffror) eller länskod (två siffror) enligt SCB.',
      organisation_id: 'Organisationens id.',
      namn_i_overenskommelsen:
        'Namnet som överenskommelsen använder; tomt när överenskommelsen inte finns bland källorna.',
      organisation_senaste_namn:
        'Namnet som den senaste källan använder; inget påstående om vad organisationen heter i dag.',
      andra_namn_i_kallorna: 'Andra namn som källorna använder, åtskilda av semikolon (inte nödvändigtvis äldre namn).',
      roll: '”offentlig part” eller ”idéburen part”.',
      beskrivning: 'Partens roll och verksamhet enligt källan.',
      kalla_dokument:
        'Id för dokumentet som rollen kommer från (överenskommelsen eller, när den saknas, t.ex. en nyhet).',
      kalla_lank: 'Länk till meningen i källdokumentet.',
    }),
  },
  {
    id: 'dokument',
    title: 'Källdokument',
    description:
      'Överenskommelser som finns bland källorna, uppföljningar, förslag, beslut, protokoll, nyheter, artiklar ' +
      'och andra källor, med utgivare, datum och hur säkert datumet är, och om texten är hel eller ett utdrag.',
    formats: csvAndJson('dokument'),
    fields: fields(DOCUMENT_COLUMNS, {
      dokument_id: 'Dokumentets id (del av webbadressen).',
      typ:
        'överenskommelse, uppföljning, förslag, beslut, protokoll, årsredovisning, verksamhetsberättelse, nyhet, ' +
        'pressmeddelande, tidningsartikel, rapport eller webbsida.',
      titel: 'Dokumentets titel.',
      arbetsnamn: '”ja” när titeln är redaktionens arbetsnamn och inte står i källan.',
      datum: 'Datum ÅÅÅÅ-MM-DD, månad ÅÅÅÅ-MM eller år ÅÅÅÅ; tomt när datumet är okänt.',
      datum_precision: 'dag, månad, år, ungefärlig eller okänd.',
      datum_text: 'Datumet i ord med dess osäkerhet, t.ex. ”odaterad, troligen december 2018”.',
      datum_motivering: 'Varför datumet är osäkert eller okänt.',
      upphov_id:
        'Id för den organisation som dokumentet självt anger som upphov eller utgivare; tomt när dokumentet inte ' +
        'anger något.',
      upphov_namn_i_dokumentet: 'Upphovets namn så som dokumentet skriver det.',
      diarienummer: 'Diarienummer, när dokumentet anger ett.',
      webbadress: 'Var dokumentet är publicerat, när det är känt.',
      avskrift: '”hel” när hela dokumentet är avskrivet, ”utdrag” när bara en del är det.',
      inhamtad: '”skannad” (tolkad med OCR och korrekturläst) eller ”digital” (kopierad från digital text).',
      partnerskap_id: 'Partnerskapet som dokumentet gäller.',
      kommun: 'Kommunen eller regionen som är offentlig part (genom en nämnd eller själv).',
      kommunkod: 'Kommunens kommunkod (fyra siffror) eller regionens länskod (två siffror) enligt SCB.',
      antagen: 'För förslag och beslut: antagen, avslagen eller ”framgår inte av källorna”.',
      lank: 'Länk till dokumentets sida med hela texten.',
    }),
  },
  {
    id: 'nyckeltal',
    title: 'Nyckeltal ur uppföljningar',
    description:
      'Siffror som uppföljningarna anger, till exempel antal besökare, med enhet, period, part och citatet de ' +
      'kommer från.',
    formats: csvAndJson('nyckeltal'),
    fields: fields(KEY_FIGURE_COLUMNS, {
      dokument_id: 'Uppföljningens id.',
      dokument: 'Uppföljningens titel.',
      dokument_datum: 'Uppföljningens datum (se dokumentets precision).',
      dokument_datum_text: 'Uppföljningens datum i ord med dess osäkerhet, t.ex. ”odaterad, troligen 2020”.',
      partnerskap_id: 'Partnerskapet som följs upp.',
      kommun: 'Kommunen eller regionen som är offentlig part (genom en nämnd eller själv).',
      kommunkod: 'Kommunens kommunkod (fyra siffror) eller regionens länskod (två siffror) enligt SCB.',
      nyckeltal_id: 'Nyckeltalets id inom dokumentet.',
      nyckeltal: 'Vad som räknas.',
      varde: 'Värdet, eller nedre gränsen när källan anger ett intervall.',
      varde_max: 'Övre gränsen när källan anger ett intervall (t.ex. 2–12).',
      ungefarligt: '”ja” när källan säger ungefär, t.ex. ”ett 25-tal”.',
      enhet: 'Enheten, t.ex. personer per dag.',
      period: 'Tiden som värdet gäller, med källans ord.',
      part_id: 'Organisationen som värdet gäller.',
      mal_id: 'Målet i överenskommelsen som värdet redovisas under.',
      kalla_citat: 'Meningen i uppföljningen som värdet kommer från, ordagrant.',
      kalla_lank: 'Länk till avsnittet i uppföljningen.',
    }),
  },
  {
    id: 'villkor',
    title: 'Uppgifter och villkor i tre lägen',
    description:
      'En rad per partnerskap och uppgift (syfte, mål, målgrupp, värdegrund och varje villkor): anges (med ' +
      'citat), anges inte i överenskommelsen (bara när hela överenskommelsen finns bland källorna) eller okänd ' +
      '(finns inte bland källorna).',
    formats: csvAndJson('villkor'),
    fields: fields(FACT_COLUMNS, {
      partnerskap_id: 'Partnerskapets id.',
      partnerskap: 'Partnerskapets korta namn.',
      kommun: 'Kommunen eller regionen som är offentlig part (genom en nämnd eller själv).',
      kommunkod: 'Kommunens kommunkod (fyra siffror) eller regionens länskod (två siffror) enligt SCB.',
      uppgift: 'Uppgiften eller villkoret, t.ex. Uppsägning.',
      lage: '”anges”, ”anges inte i överenskommelsen” eller ”okänd”.',
      text: 'Vad källan säger; för de andra lägena en förklaring.',
      kalla_dokument: 'Id för källdokumentet; tomt när uppgiften inte anges.',
      kalla_citat: 'Meningen i källan, ordagrant.',
      kalla_lank: 'Länk till avsnittet i källdokumentet.',
    }),
  },
  {
    id: 'partnerskap',
    title: 'Partnerskap med villkor',
    description:
      'Alla uppgifter om varje partnerskap som JSON: parter, syfte, mål, målgrupp, värdegrund, perioder, villkor ' +
      'och finansieringsrader, med källa för varje uppgift.',
    formats: [{ file: 'partnerskap.json', mediaType: 'application/json' }],
    fields: {
      id: 'Partnerskapets id.',
      title: 'Överenskommelsens titel.',
      status:
        'Status den dag webbplatsen byggdes (on), från beslutade perioder: kommande, pågår, upphör snart, ' +
        '”enligt förslag” (bara en föreslagen period, beslut saknas bland källorna) eller okänd.',
      publicParty: 'Den offentliga parten med roll och källa.',
      ideaParties: 'De idéburna parterna med roll och källa.',
      periods: 'Avtalsperioder och förlängningar med grund (avtal, beslut, förslag, saknas i källorna).',
      kommun: 'Kommunen eller regionen som är offentlig part.',
      kommunkod: 'Kommunkod eller länskod enligt SCB.',
      workingTitle: 'true när titeln är redaktionens arbetsnamn.',
      agreement:
        'Överenskommelsens text bland källorna (hel eller utdrag, skannad eller digital), eller null när den ' +
        'inte finns bland källorna.',
      terms:
        'Villkor: undertecknande, beslut om fortsättning, uppsägning, återbetalning, utbetalning, indexering, ' +
        'uppföljning. null betyder att överenskommelsen inte anger villkoret; ett villkor som saknas i objektet ' +
        'är okänt.',
      uppgiftslage:
        'Läget för varje uppgift och villkor: ”anges”, ”anges inte i överenskommelsen” eller ”okänd” (finns inte ' +
        'bland källorna).',
      funding:
        'Finansieringsrader som källorna anger dem, med delposter och deklarerade differenser. perYear är true ' +
        '(beloppet gäller varje år), false (för perioden) eller ”framgår inte av källan” (källan säger inte vilket; ' +
        'beloppet per år är då okänt).',
      statedTotals: 'Summor som dokumenten anger.',
      source: 'Varje uppgifts källa: doc (dokumentets id), section (avsnittets ankare) och quote (citat).',
    },
  },
];

export const LICENCE = { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };

/** DCAT-AP-SE catalogue (JSON-LD) so the datasets can be registered with Sveriges dataportal. */
export function dcatCatalogue(site: URL, modified: string) {
  const publisher = { '@type': 'foaf:Organization', 'foaf:name': 'Öppna partnerskap' };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dcterms: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
    },
    '@id': absoluteUrl(dataFileUrl('katalog.jsonld'), site),
    '@type': 'dcat:Catalog',
    'dcterms:title': { '@language': 'sv', '@value': 'Öppna partnerskap – idéburna offentliga partnerskap' },
    'dcterms:description': {
      '@language': 'sv',
      '@value':
        'Idéburna offentliga partnerskap (IOP): parter, villkor, finansiering och uppföljning, med källa för ' +
        'varje uppgift.',
    },
    'dcterms:publisher': publisher,
    'dcterms:license': { '@id': LICENCE.url },
    'dcterms:language': { '@id': 'http://publications.europa.eu/resource/authority/language/SWE' },
    'dcterms:modified': modified,
    'foaf:homepage': { '@id': new URL('/', site).href },
    'dcat:dataset': DATASETS.map((dataset) => ({
      '@id': absoluteUrl(sectionUrl(PAGES.data, dataset.id), site),
      '@type': 'dcat:Dataset',
      'dcterms:title': { '@language': 'sv', '@value': dataset.title },
      'dcterms:description': { '@language': 'sv', '@value': dataset.description },
      'dcterms:publisher': publisher,
      'dcterms:modified': modified,
      'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' },
      'dcat:keyword': [
        { '@language': 'sv', '@value': 'idéburet offentligt partnerskap' },
        { '@language': 'sv', '@value': 'IOP' },
      ],
      'dcat:contactPoint': {
        '@type': 'vcard:Organization',
        'vcard:fn': 'Öppna partnerskap',
        'vcard:hasURL': { '@id': absoluteUrl(PAGES.about, site) },
      },
      'dcat:distribution': dataset.formats.map((format) => ({
        '@type': 'dcat:Distribution',
        'dcterms:title': {
          '@language': 'sv',
          '@value': `${dataset.title} (${format.file.split('.').pop()?.toUpperCase()})`,
        },
        'dcat:accessURL': { '@id': absoluteUrl(dataFileUrl(format.file), site) },
        'dcat:downloadURL': { '@id': absoluteUrl(dataFileUrl(format.file), site) },
        'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${format.mediaType}` },
        'dcterms:license': { '@id': LICENCE.url },
      })),
    })),
  };
}
