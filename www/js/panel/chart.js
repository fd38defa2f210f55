// A small SVG line chart of one indicator over the years: targets dashed,
// results (actual, else estimate) solid. No chart library.
const NS = 'http://www.w3.org/2000/svg';

function num(entry) {
  if (!entry) return null;
  return entry.change ?? entry.value ?? null;
}

/** Points of the cells (one region, one indicator) whose period is a year. */
export function series(cells) {
  const years = cells.filter((c) => /^\d{4}$/.test(c.period ?? ''));
  // Compare like with like: changes when the first target or result is one.
  const useChange = years.some((c) => (c.target ?? c.actual ?? c.estimate)?.change != null);
  const pick = (e) => (e ? (useChange ? e.change : e.value) : null);
  const target = [];
  const result = [];
  for (const c of years) {
    const y = Number(c.period);
    const t = pick(c.target);
    const r = pick(c.actual ?? c.estimate);
    if (t != null) target.push([y, t]);
    if (r != null) result.push([y, r]);
  }
  return { target, result, useChange };
}

/** An <svg> for the series, or null when there are fewer than two years. */
export function chart(cells, title) {
  const { target, result } = series(cells);
  const all = [...target, ...result];
  const years = new Set(all.map(([y]) => y));
  if (years.size < 2) return null;
  const W = 220, H = 90, P = 18;
  const xs = all.map(([y]) => y);
  const vs = all.map(([, v]) => v);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  if (v0 === v1) { v0 -= 1; v1 += 1; }
  const sx = (x) => P + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * P);
  const sy = (v) => H - P - ((v - v0) / (v1 - v0)) * (H - 2 * P);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('width', W);
  svg.setAttribute('height', H);
  svg.setAttribute('role', 'img');
  svg.classList.add('panel-chart');
  const label = document.createElementNS(NS, 'title');
  label.textContent = title;
  svg.append(label);
  const line = (points, cls) => {
    if (!points.length) return;
    points.sort((a, b) => a[0] - b[0]);
    const path = document.createElementNS(NS, 'polyline');
    path.setAttribute('points', points.map(([x, v]) => `${sx(x).toFixed(1)},${sy(v).toFixed(1)}`).join(' '));
    path.setAttribute('class', cls);
    path.setAttribute('fill', 'none');
    if (cls === 'target') path.setAttribute('stroke-dasharray', '4 3');
    svg.append(path);
    for (const [x, v] of points) {
      const dot = document.createElementNS(NS, 'circle');
      dot.setAttribute('cx', sx(x).toFixed(1));
      dot.setAttribute('cy', sy(v).toFixed(1));
      dot.setAttribute('r', '2.5');
      dot.setAttribute('class', cls);
      svg.append(dot);
    }
  };
  line(target, 'target');
  line(result, 'result');
  for (const x of [x0, x1]) {
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('x', sx(x));
    t.setAttribute('y', H - 3);
    t.setAttribute('text-anchor', 'middle');
    t.textContent = String(x);
    svg.append(t);
  }
  return svg;
}
