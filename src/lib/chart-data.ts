import type { FundingLine } from '../schemas/funding';
import type { SourceRef } from '../schemas/primitives';
import type { PartnershipData } from '../schemas/partnership';
import { fundingSeries, type FundingRow, type ValueStatus } from './funding';
import { formatKronor, formatPeriod } from './format';

/** What one chart shows, once: the canvas, its table, its summary and its CSV are all made from this. */
export interface ChartData {
  /** Row keys of the table and x-axis labels: agreement years or calendar years. */
  keys: { label: string; detail?: string }[];
  series: ChartSeries[];
}

/** The municipality or region a series' money belongs to (SCB code). */
export interface ChartMunicipality {
  name: string;
  code: string;
}

export interface ChartSeries {
  label: string;
  /** The organisation the series is about, when it is one party's money. */
  partyId?: string;
  kind: FundingLine['kind'];
  municipality?: ChartMunicipality;
  /** One cell per key; null amount is unknown, never 0. Absent cells (outside the series' years) are undefined. */
  cells: (ChartCell | undefined)[];
}

export interface ChartCell {
  amount: number | null;
  status: ValueStatus;
  explanation: string;
  source?: SourceRef;
  /** The summed lines' own values, each with its passage, when several lines make up the amount. */
  parts?: ChartCell[];
  /** For a sum across series (recipients, partnerships): the passages behind each of its parts. */
  sources?: SourceRef[];
  /** An amount the source gives for a period without saying whether per year or in all; `amount` is then null. */
  basisUnstated?: FundingRow['cells'][number]['basisUnstated'];
}

const toCell = (cell: FundingRow['cells'][number] & { sources?: SourceRef[] }): ChartCell => ({
  amount: cell.amount,
  status: cell.status,
  explanation: cell.explanation,
  ...(cell.source ? { source: cell.source } : {}),
  ...(cell.parts ? { parts: cell.parts.map(toCell) } : {}),
  ...(cell.sources ? { sources: cell.sources } : {}),
  ...(cell.basisUnstated ? { basisUnstated: cell.basisUnstated } : {}),
});

const withMunicipality = (municipality: ChartMunicipality | undefined) => (municipality ? { municipality } : {});

/** A partnership's money per agreement year, one series per party and kind. */
export function partnershipChart(
  partnership: Pick<PartnershipData, 'periods' | 'funding'>,
  names: (id: string) => string,
  municipality?: ChartMunicipality,
): ChartData {
  return chartOfSeries(fundingSeries(partnership), names, municipality);
}

/** The chart of an already derived funding series, for pages that use the series for more than the chart. */
export function chartOfSeries(
  rows: FundingRow[],
  names: (id: string) => string,
  municipality?: ChartMunicipality,
): ChartData {
  return {
    keys: (rows[0]?.cells ?? []).map((c) => ({ label: c.year.label, detail: `${c.year.from} – ${c.year.to}` })),
    series: rows.map((row) => ({
      label: `${names(row.partyId)}: ${row.kind}`,
      partyId: row.partyId,
      kind: row.kind,
      ...withMunicipality(municipality),
      cells: row.cells.map(toCell),
    })),
  };
}

/** Series keyed by the calendar year each agreement year starts in. */
function byStartYear(
  inputs: {
    label: string;
    partyId?: string;
    kind: FundingLine['kind'];
    row: FundingRow;
    municipality?: ChartMunicipality | undefined;
  }[],
): ChartData {
  const years = [...new Set(inputs.flatMap((i) => i.row.cells.map((c) => c.year.from.slice(0, 4))))].sort();
  return {
    keys: years.map((label) => ({ label })),
    series: inputs.map(({ label, partyId, kind, row, municipality }) => ({
      label,
      ...(partyId ? { partyId } : {}),
      kind,
      ...withMunicipality(municipality),
      cells: years.map((year) => {
        const cell = row.cells.find((c) => c.year.from.startsWith(year));
        return cell ? toCell(cell) : undefined;
      }),
    })),
  };
}

/** Money one organisation receives and contributes, per year, across its partnerships. */
export function organisationChart(
  organisationId: string,
  partnerships: {
    shortTitle: string;
    municipality?: ChartMunicipality;
    data: Pick<PartnershipData, 'periods' | 'funding'>;
  }[],
): ChartData {
  return byStartYear(
    partnerships.flatMap((p) =>
      fundingSeries(p.data)
        .filter((row) => row.partyId === organisationId)
        .map((row) => ({
          label: `${p.shortTitle}: ${row.kind === 'kommunal ersättning' ? 'tar emot' : 'egen insats'}`,
          partyId: row.partyId,
          kind: row.kind,
          row,
          municipality: p.municipality,
        })),
    ),
  );
}

/** Sums cells of one year: unknown if any part is unknown (a partial sum is never shown as the whole). */
function sumCells(cells: FundingRow['cells'], parts: string): FundingRow['cells'][number] & { sources: SourceRef[] } {
  const unknown = cells.filter((c) => c.amount === null).length;
  const unstated = cells.filter((c) => c.basisUnstated).length;
  const status: ValueStatus =
    unknown > 0
      ? 'okänd'
      : cells.some((c) => c.status === 'föreslagen')
        ? 'föreslagen'
        : cells.some((c) => c.status === 'härledd')
          ? 'härledd'
          : 'dokumenterad';
  return {
    year: cells[0]!.year,
    amount: unknown > 0 ? null : cells.reduce((sum, c) => sum + c.amount!, 0),
    status,
    explanation:
      unknown > 0
        ? `${unknown} av ${cells.length} belopp (${parts}) saknas i källorna.` +
          (unstated > 0
            ? ` För ${unstated} av dem anger källan ett belopp för en period men inte om det gäller per år eller för ` +
              'hela perioden.'
            : '')
        : `Summan av ${cells.length} belopp (${parts}).`,
    sources: cells.flatMap((c: FundingRow['cells'][number] & { sources?: SourceRef[] }) => cellSources(c)),
  };
}

/** Up to this many partnerships the start page shows one series each; beyond it, one per municipality. */
export const MAX_PARTNERSHIP_SERIES = 8;

/**
 * The municipal payments per year: one series per partnership (its recipients summed), or, on a site with
 * many partnerships, one per municipality, so the chart stays readable and its size grows with municipalities.
 */
export function municipalityChart(
  partnerships: {
    shortTitle: string;
    municipality: string;
    code?: string;
    data: Pick<PartnershipData, 'periods' | 'funding'>;
  }[],
): ChartData {
  const codes = new Map(partnerships.flatMap((p) => (p.code ? [[p.municipality, p.code] as const] : [])));
  const perPartnership = partnerships.flatMap((p) => {
    const municipal = fundingSeries(p.data).filter((r) => r.kind === 'kommunal ersättning');
    if (municipal.length === 0) return [];
    const cells = municipal[0]!.cells.map((_, i) =>
      sumCells(
        municipal.map((r) => r.cells[i]!),
        'mottagare',
      ),
    );
    return [
      {
        label: p.shortTitle,
        municipality: p.municipality,
        kind: 'kommunal ersättning' as const,
        row: { partyId: '', kind: 'kommunal ersättning' as const, cells },
      },
    ];
  });
  const chartMunicipality = (name: string) => (codes.has(name) ? { name, code: codes.get(name)! } : undefined);
  if (perPartnership.length <= MAX_PARTNERSHIP_SERIES)
    return byStartYear(perPartnership.map((s) => ({ ...s, municipality: chartMunicipality(s.municipality) })));
  const byMunicipality = new Map<string, FundingRow['cells'][number][]>();
  for (const series of perPartnership)
    for (const cell of series.row.cells) {
      const list = byMunicipality.get(series.municipality) ?? [];
      list.push(cell);
      byMunicipality.set(series.municipality, list);
    }
  return byStartYear(
    [...byMunicipality].map(([municipality, cells]) => {
      const years = [...new Set(cells.map((c) => c.year.from.slice(0, 4)))].sort();
      const row: FundingRow = {
        partyId: '',
        kind: 'kommunal ersättning',
        cells: years.map((y) =>
          sumCells(
            cells.filter((c) => c.year.from.startsWith(y)),
            'partnerskap',
          ),
        ),
      };
      return {
        label: municipality,
        kind: 'kommunal ersättning' as const,
        row,
        municipality: chartMunicipality(municipality),
      };
    }),
  );
}

export interface KeyTotal {
  known: number;
  unknownCount: number;
  proposedCount: number;
  valueCount: number;
}

/** Per key: the sum of known values and how many values it leaves out; only series of `kind` when given. */
export function chartTotals(data: ChartData, kind?: FundingLine['kind']): KeyTotal[] {
  const series = kind ? data.series.filter((s) => s.kind === kind) : data.series;
  return data.keys.map((_, i) => {
    const cells = series.map((s) => s.cells[i]).filter((c): c is ChartCell => c !== undefined);
    return {
      known: cells.reduce((sum, c) => (c.amount === null ? sum : sum + c.amount), 0),
      unknownCount: cells.filter((c) => c.amount === null).length,
      proposedCount: cells.filter((c) => c.status === 'föreslagen').length,
      valueCount: cells.length,
    };
  });
}

function describeKind(data: ChartData, i: number, kind: FundingLine['kind']): string | undefined {
  const cells = data.series
    .filter((s) => s.kind === kind)
    .map((s) => s.cells[i])
    .filter((c): c is ChartCell => c !== undefined);
  if (cells.length === 0) return undefined;
  const noun = kind === 'kommunal ersättning' ? 'kommunal ersättning' : 'egna insatser';
  const known = cells.filter((c) => c.amount !== null);
  const unstated = unstatedBasis(cells);
  if (known.length === 0) return `${noun} saknas i källorna${unstated}`;
  const sum = formatKronor(known.reduce((s, c) => s + c.amount!, 0));
  const proposed = known.some((c) => c.status === 'föreslagen') ? ' enligt förslag' : '';
  const derived = known.every((c) => c.status === 'härledd') ? ' (härlett)' : '';
  const missing = cells.length - known.length;
  const gaps = missing > 0 ? `, ${missing} av ${cells.length} belopp saknas` : '';
  return `${noun} ${sum}${proposed}${derived}${gaps}${unstated}`;
}

/** What the sources say instead of a yearly amount: amounts for a period, per year or in all not said. */
function unstatedBasis(cells: ChartCell[]): string {
  const stated = cells.flatMap((c) => (c.basisUnstated ? [c.basisUnstated] : []));
  if (stated.length === 0) return '';
  const sum = formatKronor(stated.reduce((s, b) => s + b.amount, 0));
  const periods = [...new Set(stated.map((b) => formatPeriod(b.from, b.to)))].join(', ');
  const who = stated.every((b) => b.status === 'föreslagen') ? 'förslaget' : 'källorna';
  return ` (${who} anger ${sum} för ${periods}, men inte om per år eller för hela perioden)`;
}

/** The chart's facts in words, for readers who never see the canvas. Runs of identical years are merged. */
export function describeChart(data: ChartData, subject: string): string {
  if (data.keys.length === 0) return `${subject}: inga belopp finns i källorna.`;
  const phrases = data.keys.map(
    (_, i) =>
      [describeKind(data, i, 'kommunal ersättning'), describeKind(data, i, 'egen insats')].filter(Boolean).join('; ') ||
      'inga belopp',
  );
  const parts: string[] = [];
  for (let start = 0; start < phrases.length;) {
    let end = start;
    while (end + 1 < phrases.length && phrases[end + 1] === phrases[start]) end++;
    const range = start === end ? data.keys[start]!.label : `${data.keys[start]!.label}–${data.keys[end]!.label}`;
    parts.push(`${range}: ${phrases[start]}${start === end ? '' : ' per år'}.`);
    start = end + 1;
  }
  return `${subject}, ${data.keys[0]!.label}–${data.keys.at(-1)!.label}. ${parts.join(' ')}`;
}

export const CHART_CSV_COLUMNS = [
  'ar',
  'kalenderar',
  'serie',
  'namn_i_kallan',
  'kommun',
  'kommunkod',
  'slag',
  'belopp_kr',
  'delbelopp_kr',
  'status',
  'forklaring',
  'kalla_dokument',
  'kalla_citat',
  'kalla_lank',
] as const;

/** The sources of a cell: a sum's parts' own, each summed line's own, or the cell's one source. */
export function cellSources(cell: Pick<ChartCell, 'source' | 'parts' | 'sources'>): SourceRef[] {
  if (cell.sources) return cell.sources;
  if (cell.parts) return cell.parts.flatMap((part) => cellSources(part));
  return cell.source ? [cell.source] : [];
}

/** "650000; 350000" for a sum of lines (unknown parts empty), null for a single line. */
export function partAmounts(cell: Pick<ChartCell, 'parts'>): string | null {
  return cell.parts ? cell.parts.map((part) => (part.amount === null ? '' : String(part.amount))).join('; ') : null;
}

export interface ChartRecordOptions {
  /** The name a document uses for an organisation. */
  nameIn?: (partyId: string, docId: string, quote: string) => string;
  /** Absolute link to a passage. */
  link?: (source: SourceRef) => string;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Exactly the chart's data, one row per key and series; unknown amounts are empty. A sum lists each part's
 * amount and every passage behind it (separated by " | "); `kalenderar` is the calendar year the key starts in,
 * so a fiscal year "2018/19" is found by filtering 2018.
 */
export function chartRecords(
  data: ChartData,
  options: ChartRecordOptions = {},
): Record<(typeof CHART_CSV_COLUMNS)[number], string | number | null>[] {
  return data.keys.flatMap((key, i) =>
    data.series.flatMap((series) => {
      const cell = series.cells[i];
      if (!cell) return [];
      const sources = cellSources(cell);
      const join = (values: string[]) => (values.length === 0 ? null : unique(values).join(' | '));
      const docName =
        series.partyId && cell.source && options.nameIn
          ? options.nameIn(series.partyId, cell.source.doc, cell.source.quote)
          : null;
      return [
        {
          ar: key.label,
          kalenderar: key.label.slice(0, 4),
          serie: series.label,
          namn_i_kallan: docName,
          kommun: series.municipality?.name ?? null,
          kommunkod: series.municipality?.code ?? null,
          slag: series.kind,
          belopp_kr: cell.amount,
          delbelopp_kr: partAmounts(cell),
          status: cell.status,
          forklaring: cell.explanation,
          kalla_dokument: join(sources.map((s) => s.doc)),
          kalla_citat: join(sources.map((s) => s.quote)),
          kalla_lank: options.link ? join(sources.map(options.link)) : null,
        },
      ];
    }),
  );
}
