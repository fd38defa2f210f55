// The panel view: several reports (files opened or dropped, or texts pasted
// in tabs), one table of standard indicators by region × indicator × period,
// target beside result. Built in a worker by the wasm `panel()`; each cell
// links back to its report with the evidence highlighted; a small chart per
// indicator over the years. Texts stay in this browser (localStorage).
import { readFile } from '../readers/open.js';
import { chart } from './chart.js';

const STORE = 'zhibiao.panel.texts';
const BUILD_DELAY_MS = 300;
const MET = { yes: '完成', no: '未完成', about: '左右' };

const state = { docs: [], active: 0, panel: null, editing: false, seq: 0, ms: null };
let worker = null;
let timer = null;
const $ = (sel, root = document) => root.querySelector(sel);

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// ---------- storage ----------

function load() {
  try {
    const docs = JSON.parse(localStorage.getItem(STORE) ?? '[]');
    if (Array.isArray(docs)) state.docs = docs.filter((d) => typeof d?.text === 'string');
  } catch {
    state.docs = [];
  }
}

function save() {
  try {
    localStorage.setItem(STORE, JSON.stringify(state.docs.map(({ name, text }) => ({ name, text }))));
  } catch {
    status('文本太多，无法全部保存在本浏览器中（刷新后会丢失）。');
  }
}

// ---------- building ----------

function ensureWorker() {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    if (data.id !== state.seq) return;
    if (data.error) {
      status(`出错：${data.error}`);
      return;
    }
    state.panel = data.panel;
    state.ms = data.ms;
    renderTable();
  };
  return worker;
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(build, BUILD_DELAY_MS);
}

function build() {
  save();
  const id = ++state.seq;
  if (!state.docs.length) {
    state.panel = null;
    renderTable();
    return;
  }
  status('正在生成面板……');
  ensureWorker().postMessage({ id, texts: state.docs.map((d) => d.text), files: state.docs.map((d) => d.name) });
}

// ---------- adding texts ----------

function uniqueName(name) {
  let n = name;
  let i = 2;
  while (state.docs.some((d) => d.name === n)) n = `${name} (${i++})`;
  return n;
}

async function addFiles(files) {
  for (const file of files) {
    try {
      const { text } = await readFile(file, status);
      state.docs.push({ name: uniqueName(file.name), text });
    } catch (e) {
      status(`${file.name}：${e?.message ?? e}`);
    }
  }
  state.active = Math.max(0, state.docs.length - 1);
  state.editing = false;
  renderTabs();
  build();
}

function addPaste() {
  state.docs.push({ name: uniqueName(`文本 ${state.docs.length + 1}`), text: '' });
  state.active = state.docs.length - 1;
  state.editing = true;
  renderTabs();
}

// ---------- rendering ----------

function status(msg) {
  const s = $('#panel-status');
  if (s) s.textContent = msg;
}

function renderTabs(mark = null) {
  const tabs = $('#panel-tabs');
  tabs.replaceChildren(
    ...state.docs.map((d, i) =>
      h('span', { class: 'panel-tab' + (i === state.active ? ' active' : '') },
        h('button', { type: 'button', role: 'tab', 'aria-selected': String(i === state.active), 'data-index': i,
          onclick: () => { state.active = i; state.editing = false; renderTabs(); } }, `${i + 1}. ${d.name}`),
        h('button', { type: 'button', class: 'panel-close', 'aria-label': `关闭 ${d.name}`,
          onclick: () => { state.docs.splice(i, 1); state.active = Math.min(state.active, state.docs.length - 1); renderTabs(); build(); } }, '×'))),
  );
  const doc = state.docs[state.active];
  const pane = $('#panel-text');
  if (!doc) {
    pane.replaceChildren(h('p', { class: 'hint' }, '打开或拖入多份报告（.txt/.docx/.pdf/.html），或新建标签粘贴文本。'));
    return;
  }
  if (state.editing) {
    const area = h('textarea', { id: 'panel-edit', spellcheck: 'false', placeholder: '在此粘贴报告全文……', 'aria-label': doc.name });
    area.value = doc.text;
    area.addEventListener('input', () => { doc.text = area.value; schedule(); });
    pane.replaceChildren(h('button', { type: 'button', class: 'button quiet', onclick: () => { state.editing = false; renderTabs(); } }, '完成编辑'), area);
    area.focus();
    return;
  }
  const source = h('div', { id: 'panel-source', class: 'source', tabindex: '0', 'data-report': state.active });
  if (mark && mark.end <= doc.text.length) {
    const m = h('mark', { id: 'panel-mark' }, doc.text.slice(mark.start, mark.end));
    source.append(doc.text.slice(0, mark.start), m, doc.text.slice(mark.end));
  } else {
    source.append(doc.text);
  }
  pane.replaceChildren(h('button', { type: 'button', class: 'button quiet', onclick: () => { state.editing = true; renderTabs(); } }, '编辑'), source);
  const m = $('#panel-mark');
  if (m) {
    // Scroll the source pane only, not the page.
    source.scrollTop = m.offsetTop - source.offsetTop - source.clientHeight / 3;
  }
}

function fmt(n) {
  return String(Number(n.toPrecision(12)));
}

function quantity(lo, hi, unit, q, signed) {
  let s = (signed && lo > 0 ? '+' : '') + fmt(lo);
  if (hi != null) s += `~${fmt(hi)}`;
  s += unit ?? '';
  if (q === 'approx') return `约${s}`;
  if (q === 'atLeast') return `${s}以上`;
  if (q === 'atMost') return `${s}以内`;
  return s;
}

/** An entry in a few characters: `3030.2亿元 +5.9%`, `约+6%`. */
export function entryText(e) {
  const parts = [];
  if (e.value != null) parts.push(quantity(e.value, e.valueMax, e.unit, e.valueQualifier, false));
  if (e.change != null) parts.push(quantity(e.change, e.changeMax, e.changeUnit, e.changeQualifier, true));
  return parts.join(' ');
}

function entryCell(e, status) {
  if (!e) return h('td');
  const file = state.panel.reports[e.report]?.file ?? '';
  const link = h('button', { type: 'button', class: 'panel-link', 'data-report': e.report, 'data-start': e.start, 'data-end': e.end,
    title: `${file}：${e.evidence}`,
    onclick: () => { state.active = e.report; state.editing = false; renderTabs({ start: e.start, end: e.end }); } },
  entryText(e));
  const others = e.others?.length ? h('span', { class: 'panel-others', title: e.others.map((o) => o.evidence).join('\n') }, ` 另${e.others.length}说`) : null;
  return h('td', { class: `panel-${status}` }, link, h('sup', {}, `[${e.report + 1}]`), others);
}

function gapText(c) {
  if (c.gap == null) return '';
  const unit = c.gapUnit === '%' ? '个百分点' : c.gapUnit ?? '';
  return (c.gap > 0 ? '+' : '') + fmt(c.gap) + unit;
}

function regionLabel(c) {
  if (c.region) return c.region;
  const report = Math.min(...['target', 'estimate', 'actual'].filter((k) => c[k]).map((k) => c[k].report));
  return `[${state.panel.reports[report]?.file ?? '?'}]`;
}

function renderTable() {
  const body = $('#panel-body');
  const charts = $('#panel-charts');
  const p = state.panel;
  const exports = document.querySelectorAll('#panel-view .panel-export');
  exports.forEach((b) => { b.disabled = !p || !p.cells.length; });
  if (!p) {
    body.replaceChildren();
    charts.replaceChildren();
    status(state.docs.length ? '' : '还没有报告。');
    return;
  }
  body.replaceChildren(
    ...p.cells.map((c) =>
      h('tr', {},
        h('td', {}, regionLabel(c)),
        h('td', {}, c.canonical),
        h('td', {}, c.period ?? ''),
        entryCell(c.target, 'target'),
        entryCell(c.estimate, 'estimate'),
        entryCell(c.actual, 'actual'),
        h('td', { class: 'num' }, gapText(c)),
        h('td', { class: c.met ? `met-${c.met}` : '' }, c.met ? MET[c.met] : ''))),
  );
  // One chart per region × indicator with two years or more.
  const groups = new Map();
  for (const c of p.cells) {
    const key = `${regionLabel(c)}\u0000${c.canonical}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  const figures = [];
  for (const [key, cells] of groups) {
    const title = key.replace('\u0000', ' · ');
    const svg = chart(cells, title);
    if (svg) figures.push(h('figure', { class: 'panel-figure' }, svg, h('figcaption', {}, title)));
  }
  charts.replaceChildren(...figures);
  const ms = state.ms == null ? '' : `（${Math.round(state.ms)} 毫秒）`;
  status(`${p.reports.length} 份报告，${p.cells.length} 行${ms}`);
}

// ---------- exports ----------

let xlsxModule = null;
function loadXlsx() {
  xlsxModule ??= import('../../pkg/zhibiao_xlsx.js').then(async (m) => { await m.default(); return m; })
    .catch((e) => { xlsxModule = null; throw e; });
  return xlsxModule;
}

function download(data, name, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function exportAs(kind) {
  const p = state.panel;
  if (!p) return;
  try {
    if (kind === 'json') return download(JSON.stringify(p, null, 2), 'zhibiao-panel.json', 'application/json');
    const m = await loadXlsx();
    if (kind === 'xlsx') {
      return download(m.panelToXlsx(JSON.stringify(p)), 'zhibiao-panel.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    }
    if (kind === 'csv') return download(m.panelToText(JSON.stringify(p), 'csv'), 'zhibiao-panel.csv', 'text/csv;charset=utf-8');
    if (kind === 'tsv') {
      await navigator.clipboard.writeText(m.panelToText(JSON.stringify(p), 'tsv'));
      status('已复制，可粘贴到 Excel/WPS。');
    }
  } catch (e) {
    status(`导出失败：${e?.message ?? e}`);
  }
}

// ---------- the view ----------

function view() {
  const file = h('input', { type: 'file', id: 'panel-file', multiple: true, hidden: true,
    accept: '.txt,.text,.docx,.doc,.pdf,.html,.htm,text/plain',
    onchange: () => { addFiles([...file.files]); file.value = ''; } });
  const section = h('section', { id: 'panel-view', class: 'panel-view', hidden: true, 'aria-labelledby': 'panel-heading' },
    h('div', { class: 'pane-head' },
      h('h2', { id: 'panel-heading' }, '多份报告面板'),
      h('p', { class: 'hint' }, '每份报告的目标与次年报告的实际数放在同一行；地区取自报告，期间取自每一行。')),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'button', id: 'panel-open', onclick: () => file.click() }, '打开文件（可多选）'),
      file,
      h('button', { type: 'button', class: 'button', id: 'panel-paste', onclick: addPaste }, '新建标签粘贴'),
      h('button', { type: 'button', class: 'button danger', id: 'panel-clear',
        onclick: () => { state.docs = []; state.active = 0; renderTabs(); build(); } }, '清除全部'),
      h('span', { class: 'sep' }),
      ...[['csv', '下载 CSV'], ['tsv', '复制（粘贴到 Excel/WPS）'], ['xlsx', '下载 XLSX'], ['json', '下载 JSON']].map(([k, label]) =>
        h('button', { type: 'button', class: 'button panel-export', id: `panel-export-${k}`, disabled: true, onclick: () => exportAs(k) }, label))),
    h('p', { id: 'panel-status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('div', { class: 'panel-layout' },
      h('div', { class: 'panel-left' }, h('div', { id: 'panel-tabs', class: 'panel-tabs', role: 'tablist' }), h('div', { id: 'panel-text', class: 'panel-text' })),
      h('div', { class: 'panel-right' },
        h('div', { id: 'panel-charts', class: 'panel-charts' }),
        h('div', { class: 'table-wrap', tabindex: '0' },
          h('table', { id: 'panel-table' },
            h('thead', {}, h('tr', {}, ...['地区', '标准名称', '期间', '目标', '预计', '实际', '差距', '完成'].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', { id: 'panel-body' }))))));
  section.addEventListener('dragover', (e) => { e.preventDefault(); section.classList.add('dragging'); });
  section.addEventListener('dragleave', () => section.classList.remove('dragging'));
  section.addEventListener('drop', (e) => {
    e.preventDefault();
    e.stopPropagation();
    section.classList.remove('dragging');
    if (e.dataTransfer?.files?.length) addFiles([...e.dataTransfer.files]);
  });
  return section;
}

function show(on) {
  $('#panel-view').hidden = !on;
  const main = $('main.layout');
  if (main) main.hidden = on;
  $('#panel-toggle').setAttribute('aria-pressed', String(on));
  $('#panel-toggle').textContent = on ? '返回单份报告' : '多份报告面板';
  if (on) {
    renderTabs();
    if (state.docs.length && !state.panel) build();
  }
  try { sessionStorage.setItem('zhibiao.panel.open', on ? '1' : ''); } catch { /* private mode */ }
}

export function initPanel() {
  load();
  const main = $('main.layout');
  const section = view();
  (main ?? document.body.lastElementChild).after(section);
  const toggle = h('button', { type: 'button', id: 'panel-toggle', class: 'button quiet', 'aria-pressed': 'false',
    onclick: () => show($('#panel-view').hidden) }, '多份报告面板');
  const lang = $('#lang');
  if (lang) lang.before(toggle); else document.body.prepend(toggle);
  let open = false;
  try { open = sessionStorage.getItem('zhibiao.panel.open') === '1' || location.hash === '#panel'; } catch { /* ignore */ }
  if (open) show(true);
}

initPanel();
