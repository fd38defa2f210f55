// The panel's chart box, below its table: one chart at a time, for the
// indicator clicked in the table. Over the years for that row's place, or
// across the places of that row's period; a toggle when both can be drawn;
// PNG and SVG downloads. The drawing is chart.js's.
import { t } from '../i18n.js';
import { yearSeries, placeBars, lineChart, barChart, svgText, pngBlob, chartNumbers } from './chart.js';
import { numberTexts } from '../engine.js';
import { h } from './dom.js';

/**
 * The charts the row `pick` ({ canonical, region, period }) can have:
 * { years, places }, each chart.js data or null.
 */
export function chartsFor(cells, pick, regionLabel) {
  const same = cells.filter((c) => c.canonical === pick.canonical);
  const years = yearSeries(same.filter((c) => regionLabel(c) === pick.region));
  const places = pick.period ? placeBars(same.filter((c) => c.period === pick.period), regionLabel) : null;
  return { years, places };
}

/**
 * The chart's words in the page's language; `num`: its numbers' texts.
 * @param {(v: number) => string} num
 */
function words(pick, data, mode, num) {
  const what = t(data.change ? 'chartChange' : 'chartLevel');
  const unit = data.unit || '—';
  const title = mode === 'years'
    ? t('chartLineTitle', { region: pick.region, name: pick.canonical, what, unit })
    : t('chartBarTitle', { name: pick.canonical, period: pick.period, what, unit });
  return { title, target: t('chartTarget'), result: t('chartResult'), estimate: t('chartEstimate'), targetMark: t('chartBarTarget'), num };
}

const safeName = (s) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

/**
 * The texts of a chart's numbers as the library writes them: a function
 * from a number to its text.
 */
async function writtenNumbers(data) {
  const numbers = chartNumbers(data);
  const texts = await numberTexts(numbers);
  const written = new Map(numbers.map((n, i) => [n, texts[i]]));
  return (v) => written.get(v) ?? '';
}

let drawn = 0;

/**
 * Fills `box` with the chart of `pick`, once the library has written its
 * numbers (a newer call wins). `on`: { mode(m), close(), download(data, name, type) }.
 */
export async function renderChartBox(box, cells, pick, regionLabel, on) {
  const mine = ++drawn;
  const charts = chartsFor(cells, pick, regionLabel);
  const mode = charts[pick.mode] ? pick.mode : charts.years ? 'years' : 'places';
  const data = charts[mode];
  const heading = h('h3', { id: 'panel-chart-heading' }, t('panelChartFor', { name: pick.canonical }));
  const close = h('button', { type: 'button', class: 'button quiet', id: 'panel-chart-close', onclick: on.close }, t('panelChartClose'));
  if (!data) {
    box.replaceChildren(h('div', { class: 'toolbar' }, heading, close), h('p', { class: 'hint' }, t('panelChartOnePoint', { name: pick.canonical })));
    return;
  }
  const num = await writtenNumbers(data);
  if (mine !== drawn) return;
  const svg = mode === 'years' ? lineChart(data, words(pick, data, mode, num)) : barChart(data, words(pick, data, mode, num));
  const name = `zhibiao-${safeName(pick.canonical)}-${mode === 'years' ? safeName(pick.region) : pick.period}`;
  const toggle = charts.years && charts.places
    ? h('div', { class: 'toggle', role: 'group', 'aria-labelledby': 'panel-chart-heading' },
      ...[['years', t('panelChartYears')], ['places', t('panelChartPlaces', { period: pick.period })]].map(([m, text]) =>
        h('button', { type: 'button', class: 'button quiet', id: `panel-chart-${m}`, 'aria-pressed': String(m === mode), onclick: () => on.mode(m) }, text)))
    : null;
  const png = h('button', { type: 'button', class: 'button quiet', id: 'panel-chart-png',
    onclick: async () => on.download(await pngBlob(svg), `${name}.png`, 'image/png') }, t('panelChartPng'));
  const svgButton = h('button', { type: 'button', class: 'button quiet', id: 'panel-chart-svg',
    onclick: () => on.download(svgText(svg), `${name}.svg`, 'image/svg+xml') }, t('panelChartSvg'));
  box.replaceChildren(
    h('div', { class: 'toolbar' }, heading, toggle, png, svgButton, close),
    h('figure', { class: 'panel-figure', id: 'panel-figure' }, svg));
}
