// <funding-chart>: draws a stacked bar chart from the JSON beside its canvas. Chart.js is loaded only
// when a chart comes near the viewport, and only the parts a bar chart needs are registered.
type Status = 'dokumenterad' | 'härledd' | 'föreslagen' | 'okänd';
interface Payload {
  keys: string[];
  series: { label: string; kind: 'kommunal ersättning' | 'egen insats'; cells: ([number | null, Status] | null)[] }[];
}

const COLOURS = ['#0a3d62', '#b45309', '#2e7d32', '#6d28d9', '#be123c', '#0e7490', '#4d7c0f', '#9d174d'];
const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });

function hatch(colour: string, light: boolean): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
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

const withAlpha = (hex: string, alpha: number) => `${hex}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;

/** Chart.js datasets: each series split into firm values and proposed values. */
export function datasets(payload: Payload) {
  return payload.series.flatMap((series, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const own = series.kind === 'egen insats';
    const firm = series.cells.map((c) => (c && c[0] !== null && c[1] !== 'föreslagen' ? c[0] : null));
    const proposed = series.cells.map((c) => (c && c[0] !== null && c[1] === 'föreslagen' ? c[0] : null));
    const sets = [{ label: series.label, data: firm, backgroundColor: own ? hatch(colour, false) : colour, borderColor: colour, borderWidth: 1, stack: 'a' }];
    if (proposed.some((v) => v !== null))
      sets.push({ label: `${series.label} (förslag)`, data: proposed, backgroundColor: own ? hatch(colour, true) : withAlpha(colour, 0.35), borderColor: colour, borderWidth: 2, stack: 'a' });
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
    // Height of what is drawn at each key (unknown values are not drawn), to place marks above it.
    const knownSums = payload.keys.map((_, i) => payload.series.reduce((sum, s) => sum + (s.cells[i]?.[0] ?? 0), 0));
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: payload.keys, datasets: datasets(payload) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        locale: 'sv-SE',
        layout: { padding: { bottom: 4 } },
        scales: {
          x: { stacked: true, ticks: { color: '#1b1b1b' } },
          y: { stacked: true, beginAtZero: true, ticks: { color: '#1b1b1b', callback: (value) => kronor.format(Number(value)) } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: '#1b1b1b', boxWidth: 18 } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${kronor.format(Number(item.raw))}` } },
        },
      },
      plugins: [
        {
          id: 'unknown-marks',
          afterDatasetsDraw(c) {
            const { ctx, chartArea, scales } = c;
            ctx.save();
            ctx.fillStyle = '#6b4e00';
            ctx.font = 'italic 12px system-ui, sans-serif';
            ctx.textAlign = 'center';
            marks.forEach((mark, i) => {
              if (!mark) return;
              const x = scales.x!.getPixelForValue(i);
              if (mark === 'delvis okänt') {
                // Above the drawn stack, so the text never covers a bar.
                const top = scales.y!.getPixelForValue(knownSums[i]!);
                ctx.fillText(mark, x, Math.max(chartArea.top + 12, top - 6));
                return;
              }
              ctx.save();
              ctx.translate(x, chartArea.bottom - 8);
              ctx.rotate(-Math.PI / 2);
              ctx.textAlign = 'left';
              ctx.fillText(mark, 0, 4);
              ctx.restore();
            });
            ctx.restore();
          },
        },
      ],
    });
    this.dataset.ready = 'true';
    (this as unknown as { chart: unknown }).chart = chart;
  }
}

customElements.define('funding-chart', FundingChart);
