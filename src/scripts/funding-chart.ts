// <funding-chart>: draws a stacked bar chart from the JSON beside its canvas. Chart.js is loaded only
// when a chart comes near the viewport, and only the parts a bar chart needs are registered.
type Status = 'dokumenterad' | 'härledd' | 'föreslagen' | 'okänd';
interface Payload {
  keys: string[];
  series: { label: string; kind: 'kommunal ersättning' | 'egen insats'; cells: ([number | null, Status] | null)[] }[];
}

/** Colours of the chart, read from the design tokens in src/styles/tokens.css when the chart is drawn. */
export interface Palette {
  series: string[];
  text: string;
  background: string;
}

const SERIES_TOKENS = 8;

/** The tokens' values as the element sees them (so a print or dark theme could override them). */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: Array.from({ length: SERIES_TOKENS }, (_, i) => token(`--color-chart-${i + 1}`)).filter(Boolean),
    text: token('--color-text'),
    background: token('--color-bg'),
  };
}

const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });

function hatch(colour: string, background: string, light: boolean): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.globalAlpha = light ? 0.45 : 1;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** A token colour at the given opacity: #rrggbb gets an alpha byte, any other notation goes through color-mix(). */
const withAlpha = (colour: string, alpha: number) =>
  /^#[0-9a-f]{6}$/i.test(colour)
    ? `${colour}${Math.round(alpha * 255)
        .toString(16)
        .padStart(2, '0')}`
    : `color-mix(in srgb, ${colour} ${Math.round(alpha * 100)}%, transparent)`;

/** Chart.js datasets: each series split into firm values and proposed values. */
export function datasets(payload: Payload, palette: Palette) {
  return payload.series.flatMap((series, i) => {
    const colour = palette.series[i % palette.series.length]!;
    const own = series.kind === 'egen insats';
    const firm = series.cells.map((c) => (c && c[0] !== null && c[1] !== 'föreslagen' ? c[0] : null));
    const proposed = series.cells.map((c) => (c && c[0] !== null && c[1] === 'föreslagen' ? c[0] : null));
    const sets = [
      {
        label: series.label,
        data: firm,
        backgroundColor: own ? hatch(colour, palette.background, false) : colour,
        borderColor: colour,
        borderWidth: 1,
        stack: 'a',
      },
    ];
    if (proposed.some((v) => v !== null))
      sets.push({
        label: `${series.label} (förslag)`,
        data: proposed,
        backgroundColor: own ? hatch(colour, palette.background, true) : withAlpha(colour, 0.35),
        borderColor: colour,
        borderWidth: 2,
        stack: 'a',
      });
    return sets;
  });
}

/** Per key: "uppgift saknas" when every value is unknown, "delvis okänt" when some are. */
export function unknownMarks(payload: Payload): string[] {
  return payload.keys.map((_, i) => {
    const cells = payload.series.map((s) => s.cells[i]).filter((c) => c !== null && c !== undefined);
    const unknown = cells.filter((c) => c![0] === null).length;
    if (unknown === 0) return '';
    return unknown === cells.length ? 'uppgift saknas' : 'delvis okänt';
  });
}

/** The x-axis label of a key, with its unknown mark when it has one: "2019 · delvis okänt". */
export function tickLabel(keys: string[], marks: string[], i: number): string {
  return marks[i] ? `${keys[i]!} · ${marks[i]!}` : keys[i]!;
}

class FundingChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.draw();
        }
      },
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  async draw() {
    const payload = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent ?? '{}') as Payload;
    const canvas = this.querySelector('canvas')!;
    const { Chart } = await import('./chart-setup');
    const marks = unknownMarks(payload);
    const palette = readPalette(this);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: payload.keys, datasets: datasets(payload, palette) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        locale: 'sv-SE',
        layout: { padding: { bottom: 4 } },
        scales: {
          // An unknown mark is part of its year's label: Chart.js rotates the labels until they no longer overlap,
          // and none is skipped, so every year keeps its mark however narrow the chart is.
          x: {
            stacked: true,
            ticks: {
              color: palette.text,
              autoSkip: false,
              maxRotation: 90,
              callback: (_, i) => tickLabel(payload.keys, marks, i),
            },
          },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: { color: palette.text, callback: (value) => kronor.format(Number(value)) },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: palette.text, boxWidth: 18 } },
          tooltip: {
            callbacks: {
              title: (items) => items.map((item) => tickLabel(payload.keys, marks, item.dataIndex)),
              label: (item) => `${item.dataset.label}: ${kronor.format(Number(item.raw))}`,
            },
          },
        },
      },
    });
    this.dataset.ready = 'true';
    (this as unknown as { chart: unknown }).chart = chart;
  }
}

customElements.define('funding-chart', FundingChart);
