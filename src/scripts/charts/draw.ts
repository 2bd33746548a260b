/**
 * Draws the charts of a page with Chart.js (fetched by loader.ts when a chart
 * is near), registering only the parts used so that the bundle stays small.
 * Numbers are formatted for the page's language; nothing moves when the reader
 * prefers reduced motion.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { ChartSeries, ChartSpec } from '../../schemas/chart.ts';
import { intlLocale, isLang } from '../../lib/locales.ts';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** Colour-blind-safe palette (Okabe–Ito), dark enough on white. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

function locale(lang: string): string {
  return intlLocale(isLang(lang) ? lang : 'vi');
}

function datasets(spec: ChartSpec, series: readonly ChartSeries[]) {
  return series.map((entry, index) => {
    const colour = COLOURS[index % COLOURS.length] ?? '#000000';
    return {
      label: entry.label,
      data: [...entry.data],
      borderColor: colour,
      backgroundColor: colour,
      spanGaps: false,
      pointRadius: spec.type === 'line' ? 4 : 0,
    };
  });
}

function drawnPoints(chart: Chart): number {
  return chart.data.datasets.reduce((sum, dataset) => sum + dataset.data.filter((value) => value !== null && value !== undefined).length, 0);
}

function fillTable(table: HTMLTableElement, series: readonly ChartSeries[], format: Intl.NumberFormat, missing: string): void {
  const headers = table.querySelectorAll('thead th[scope="col"]');
  series.forEach((entry, column) => {
    const header = headers[column + 1];
    if (header) header.textContent = entry.label;
  });
  table.querySelectorAll('tbody tr').forEach((row, rowIndex) => {
    row.querySelectorAll('td').forEach((cell, column) => {
      const value = series[column]?.data[rowIndex] ?? null;
      cell.dataset.value = value === null ? '' : String(value);
      cell.textContent = value === null ? missing : format.format(value);
    });
  });
}

function draw(canvas: HTMLCanvasElement): void {
  const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
  const lang = canvas.dataset.lang ?? 'vi';
  const format = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: spec.decimals, maximumFractionDigits: spec.decimals });
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // A horizontal chart puts the values on x and one category per line on y.
  const horizontal = spec.horizontal === true;
  // Axis ticks drop trailing zeros ("40", not "40,0000"); tooltips and the table keep the spec's decimals.
  const ticks = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: spec.decimals });
  // Counts (0 decimals) get whole-number ticks only: Chart.js would otherwise label 0,5 steps and, rounded, repeat "4, 4, 3, 3".
  const valueAxis = {
    min: spec.min,
    max: spec.max,
    ticks: { stepSize: spec.step, precision: spec.decimals === 0 ? 0 : undefined, callback: (value: string | number) => ticks.format(Number(value)) },
  };
  const box = canvas.closest<HTMLElement>('[data-chart-box]');
  // One line per category: the default height would squeeze 61 provinces into illegible rows.
  if (box && horizontal) box.style.height = `${Math.max(18, spec.labels.length * 1.25 + 4)}rem`;
  const chart = new Chart(canvas, {
    type: spec.type,
    data: { labels: spec.labels, datasets: datasets(spec, spec.series) },
    options: {
      animation: still ? false : { duration: 400 },
      maintainAspectRatio: false,
      locale: locale(lang),
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueAxis, y: { ticks: { autoSkip: false } } } : { y: valueAxis },
      plugins: {
        legend: { display: spec.series.length > 1 },
        tooltip: {
          callbacks: {
            label: (item) => {
              const value = horizontal ? item.parsed.x : item.parsed.y;
              return `${item.dataset.label ?? ''}: ${value === null ? '—' : format.format(value)}`;
            },
          },
        },
      },
    },
  });
  if (box) box.hidden = false;
  canvas.dataset.rendered = String(drawnPoints(chart));
  canvas.dataset.animation = still ? 'off' : 'on';

  const figure = canvas.closest('figure');
  const select = figure?.querySelector<HTMLSelectElement>('[data-chart-variant]');
  const variants = canvas.dataset.chartVariants ? (JSON.parse(canvas.dataset.chartVariants) as Record<string, ChartSeries[]>) : null;
  const table = figure?.querySelector<HTMLTableElement>('[data-chart-table]');
  if (select && variants && table) {
    const box = figure?.querySelector<HTMLElement>('[data-chart-variant-box]');
    if (box) box.hidden = false;
    const missing = '—';
    select.addEventListener('change', () => {
      const series = variants[select.value];
      if (!series) return;
      chart.data.datasets = datasets(spec, series);
      chart.update(still ? 'none' : undefined);
      canvas.dataset.rendered = String(drawnPoints(chart));
      fillTable(table, series, format, missing);
    });
  }
}

/** Draws every chart on the page that has not been drawn yet. */
export function drawCharts(): void {
  document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]:not([data-rendered])').forEach(draw);
}
