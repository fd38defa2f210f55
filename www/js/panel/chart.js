// The panel's charts (panel.js), SVG with no chart library: one indicator of
// one place over the years (lines: targets dashed, results solid, each
// point labelled, a legend, the unit on the axis) or across places in one
// period (bars sorted by value, each labelled). Colours, widths and fonts
// are attributes rather than CSS, so the SVG downloaded (and the PNG drawn
// from it) looks as it does on the page.
const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
// Contrast ≥ 4.5:1 on white for every text colour (axe).
const INK = '#1c1c1e';
const MUTED = '#555a61';
const GRID = '#e3e5e8';
const TARGET = '#a61b29';
const RESULT = '#0b57d0';
const WIDTH = 640;

// ---------- the data ----------

const isYear = (c) => /^\d{4}$/.test(c.period ?? '');
const resultOf = (c) => (c.actual ? ['actual', c.actual] : c.estimate ? ['estimate', c.estimate] : null);

/**
 * What to compare: the measure most entries have a number in — changes
 * (增速) when they outnumber levels (most targets are growth rates), else
 * levels (a round-up gives every city's level, only some growth rates);
 * and the unit, the first one met (points in another unit are left out
 * rather than drawn on the wrong scale).
 */
function measureOf(entries) {
  const count = (key) => entries.filter((e) => e[key] != null).length;
  const change = count('change') > count('value');
  const unit = entries.map((e) => (change ? e.changeUnit : e.unit)).find((u) => u) ?? '';
  const pick = (e) => {
    const v = change ? e.change : e.value;
    const u = (change ? e.changeUnit : e.unit) ?? '';
    return v != null && u === unit ? v : null;
  };
  return { change, unit, pick };
}

/**
 * One place's indicator over the years: { target: [{ year, v }],
 * result: [{ year, v, estimate }], change, unit }, or null when fewer than
 * two years have a number.
 */
export function yearSeries(cells) {
  const years = cells.filter(isYear);
  const entries = years.flatMap((c) => [c.target, resultOf(c)?.[1]].filter(Boolean));
  const { change, unit, pick } = measureOf(entries);
  const target = [];
  const result = [];
  for (const c of years) {
    const year = Number(c.period);
    const t = c.target && pick(c.target);
    if (t != null) target.push({ year, v: t });
    const r = resultOf(c);
    const v = r && pick(r[1]);
    if (v != null) result.push({ year, v, estimate: r[0] === 'estimate' });
  }
  const byYear = (a, b) => a.year - b.year;
  const count = new Set([...target, ...result].map((p) => p.year)).size;
  return count < 2 ? null : { target: target.sort(byYear), result: result.sort(byYear), change, unit };
}

/**
 * One indicator in one period across places: { bars: [{ label, v, kind }]
 * sorted from the largest, change, unit }, or null under two places. A
 * place's result (actual, else estimate) is drawn, else its target.
 */
export function placeBars(cells, labelOf) {
  const chosen = cells.map((c) => {
    const r = resultOf(c);
    return r ? { c, kind: r[0], e: r[1] } : c.target ? { c, kind: 'target', e: c.target } : null;
  }).filter(Boolean);
  const { change, unit, pick } = measureOf(chosen.map((x) => x.e));
  const bars = chosen
    .map(({ c, kind, e }) => ({ label: labelOf(c), v: pick(e), kind }))
    .filter((b) => b.v != null)
    .sort((a, b) => b.v - a.v);
  return bars.length < 2 ? null : { bars, change, unit };
}

// ---------- drawing ----------

function el(tag, attrs = {}, text = null) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== null) e.textContent = text;
  return e;
}

const label = (x, y, text, attrs = {}) =>
  el('text', { x, y, 'font-size': 12, fill: INK, 'font-family': FONT, ...attrs }, text);

/**
 * About five round steps covering [lo, hi]: numbers, not texts (the
 * library writes them); rounded to 12 digits so 0.1 + 0.2 is the step 0.3.
 */
export function ticks(lo, hi) {
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw);
  const out = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  if (out[out.length - 1] < hi) out.push(Number((out[out.length - 1] + step).toPrecision(12)));
  return out;
}

/** The value axis of a line chart: around the points' values. */
const lineScale = (values) => ticks(Math.min(...values), Math.max(...values));

/** The value axis of a bar chart: from zero (bars start there). */
const barScale = (values) => ticks(Math.min(0, ...values), Math.max(0, ...values));

/**
 * Every number a chart of yearSeries or placeBars `data` writes (its
 * values and its axis ticks): the library writes them (engine.js
 * numberTexts), the drawing takes the texts as `words.num`.
 */
export function chartNumbers(data) {
  if (data.bars) {
    const values = data.bars.map((bar) => bar.v);
    return [...values, ...barScale(values)];
  }
  const values = [...data.target, ...data.result].map((p) => p.v);
  return [...values, ...lineScale(values)];
}

/** An <svg> with its title (the accessible name) and a description of every number. */
function frame(height, title, description) {
  const id = `chart-${Math.random().toString(36).slice(2, 8)}`;
  const svg = el('svg', { xmlns: NS, viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
    'aria-labelledby': `${id}-t ${id}-d`, class: 'panel-chart', 'font-family': FONT });
  svg.append(el('title', { id: `${id}-t` }, title), el('desc', { id: `${id}-d` }, description));
  svg.append(el('rect', { x: 0, y: 0, width: WIDTH, height, fill: '#ffffff' }));
  svg.append(label(12, 22, title, { 'font-size': 14, 'font-weight': 700 }));
  return svg;
}

/** A legend entry at (x, y): a line sample (dashed or not) or a hollow dot, and its word. */
function legendItem(svg, x, y, { color, dashed = false, hollow = false, bar = false }, text) {
  if (bar) svg.append(el('rect', { x, y: y - 9, width: 18, height: 10, fill: hollow ? '#ffffff' : color, stroke: color, 'stroke-dasharray': dashed ? '4 3' : 'none' }));
  else if (hollow) svg.append(el('circle', { cx: x + 9, cy: y - 4, r: 4, fill: '#ffffff', stroke: color, 'stroke-width': 2 }));
  else svg.append(el('line', { x1: x, y1: y - 4, x2: x + 18, y2: y - 4, stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': dashed ? '6 4' : 'none' }));
  svg.append(label(x + 24, y, text));
  return x + 24 + text.length * 13 + 18;
}

/**
 * The line chart of yearSeries `s`. `words`: { title, target, result,
 * estimate } in the page's language, and `num(v)`: a number's text as the
 * library writes it (chartNumbers).
 */
export function lineChart(s, words) {
  const H = 340;
  const box = { left: 72, right: WIDTH - 28, top: 76, bottom: H - 44 };
  const points = [...s.target, ...s.result];
  const years = points.map((p) => p.year);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const scale = lineScale(points.map((p) => p.v));
  const { num } = words;
  const [v0, v1] = [scale[0], scale[scale.length - 1]];
  const sx = (year) => box.left + 30 + ((year - y0) / (y1 - y0 || 1)) * (box.right - box.left - 60);
  const sy = (v) => box.bottom - ((v - v0) / (v1 - v0)) * (box.bottom - box.top);
  const description = [
    ...s.target.map((p) => `${p.year} ${words.target} ${num(p.v)}${s.unit}`),
    ...s.result.map((p) => `${p.year} ${p.estimate ? words.estimate : words.result} ${num(p.v)}${s.unit}`),
  ].join('；');
  const svg = frame(H, words.title, description);
  yAxis(svg, box, scale, sy, s.unit, num);
  for (let year = y0; year <= y1; year++) svg.append(label(sx(year), box.bottom + 20, String(year), { 'text-anchor': 'middle', fill: MUTED }));
  let x = box.left;
  if (s.target.length) x = legendItem(svg, x, 50, { color: TARGET, dashed: true }, words.target);
  if (s.result.some((p) => !p.estimate)) x = legendItem(svg, x, 50, { color: RESULT }, words.result);
  if (s.result.some((p) => p.estimate)) legendItem(svg, x, 50, { color: RESULT, hollow: true }, words.estimate);
  // A label goes on the far side from the other line's point of that year
  // (so 6% and 5.9% in one year do not overlap): the higher point's above.
  const at = (points) => new Map(points.map((p) => [p.year, p.v]));
  const [targets, results] = [at(s.target), at(s.result)];
  series(svg, s.target, { sx, sy, num, color: TARGET, dashed: true, unit: s.unit, below: (p) => (results.get(p.year) ?? Infinity) > p.v });
  series(svg, s.result, { sx, sy, num, color: RESULT, dashed: false, unit: s.unit, below: (p) => (targets.get(p.year) ?? -Infinity) > p.v });
  return svg;
}

/** Grid lines, tick values and the unit at the top of the value axis. */
function yAxis(svg, box, scale, sy, unit, num) {
  for (const v of scale) {
    svg.append(el('line', { x1: box.left, x2: box.right, y1: sy(v), y2: sy(v), stroke: v === 0 ? MUTED : GRID, 'stroke-width': 1 }));
    svg.append(label(box.left - 8, sy(v) + 4, num(v), { 'text-anchor': 'end', fill: MUTED }));
  }
  svg.append(label(box.left - 8, box.top - 14, unit, { 'text-anchor': 'end', 'font-weight': 700 }));
}

/** One line with its points, each labelled with its value, below the point when `below(point)`. */
function series(svg, points, { sx, sy, num, color, dashed, unit, below }) {
  if (!points.length) return;
  svg.append(el('polyline', { points: points.map((p) => `${sx(p.year).toFixed(1)},${sy(p.v).toFixed(1)}`).join(' '),
    fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': dashed ? '6 4' : 'none', class: dashed ? 'target' : 'result' }));
  for (const p of points) {
    svg.append(el('circle', { cx: sx(p.year).toFixed(1), cy: sy(p.v).toFixed(1), r: 4.5, fill: p.estimate ? '#ffffff' : color, stroke: color, 'stroke-width': 2 }));
    svg.append(label(sx(p.year), sy(p.v) + (below(p) ? 20 : -10), `${num(p.v)}${unit}`, { 'text-anchor': 'middle', fill: color, 'font-weight': 600 }));
  }
}

/**
 * The bar chart of placeBars `b`, largest first. `words`: { title, target,
 * result, estimate, targetMark, num } (num as for lineChart).
 */
export function barChart(b, words) {
  const row = 30;
  const H = 80 + b.bars.length * row + 30;
  const box = { left: 132, right: WIDTH - 90, top: 70 };
  const scale = barScale(b.bars.map((x) => x.v));
  const { num } = words;
  const [v0, v1] = [scale[0], scale[scale.length - 1]];
  const sx = (v) => box.left + ((v - v0) / (v1 - v0)) * (box.right - box.left);
  const text = (bar) => `${num(bar.v)}${b.unit}${bar.kind === 'target' ? words.targetMark : ''}`;
  const svg = frame(H, words.title, b.bars.map((bar) => `${bar.label} ${text(bar)}`).join('；'));
  const bottom = box.top + b.bars.length * row;
  for (const v of scale) {
    svg.append(el('line', { x1: sx(v), x2: sx(v), y1: box.top - 6, y2: bottom, stroke: v === 0 ? MUTED : GRID }));
    svg.append(label(sx(v), bottom + 18, num(v), { 'text-anchor': 'middle', fill: MUTED }));
  }
  svg.append(label(box.right + 8, bottom + 18, b.unit, { 'font-weight': 700 }));
  let x = box.left;
  if (b.bars.some((bar) => bar.kind !== 'target')) x = legendItem(svg, x, 50, { color: RESULT, bar: true }, words.result);
  if (b.bars.some((bar) => bar.kind === 'target')) legendItem(svg, x, 50, { color: TARGET, bar: true, hollow: true, dashed: true }, words.target);
  b.bars.forEach((bar, i) => {
    const y = box.top + i * row;
    const [a, z] = [sx(Math.min(0, bar.v)), sx(Math.max(0, bar.v))];
    const target = bar.kind === 'target';
    svg.append(label(box.left - 8, y + 17, bar.label, { 'text-anchor': 'end' }));
    svg.append(el('rect', { x: a, y: y + 4, width: Math.max(1, z - a), height: row - 10, fill: target ? '#ffffff' : RESULT,
      stroke: target ? TARGET : RESULT, 'stroke-dasharray': target ? '4 3' : 'none', class: 'bar' }));
    svg.append(label(bar.v < 0 ? a - 6 : z + 6, y + 17, text(bar), { 'text-anchor': bar.v < 0 ? 'end' : 'start', 'font-weight': 600 }));
  });
  return svg;
}

// ---------- export ----------

/** The SVG as a file's text. */
export function svgText(svg) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** The SVG drawn at twice its size into a PNG Blob (the page's CSP allows blob: images). */
export async function pngBlob(svg) {
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Number(svg.getAttribute('width')) * 2;
    canvas.height = Number(svg.getAttribute('height')) * 2;
    canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
