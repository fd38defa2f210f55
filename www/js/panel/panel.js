// The panel view: several reports (files opened or dropped, or texts pasted
// in tabs), one table of standard indicators by region × indicator × period,
// target beside result. Built and downloaded by the page's worker
// (engine.js: the wasm `panelWithTexts`, with what each cell shows in the
// page's language); each cell
// links back to its report with the evidence highlighted; an indicator's
// name opens its chart below the table (charts-view.js). Texts stay in this
// browser (localStorage).
// Words come from i18n.js (Chinese or English, switched with the page);
// every parse gets the user's own indicators ("my indicators",
// dictionary.js), as on the page.
import { readFile } from '../readers/open.js';
import { t, language } from '../i18n.js';
import { dictionaryText } from '../dictionary.js';
import { exportPanel, buildPanel } from '../engine.js';
import { h } from './dom.js';

const STORE = 'zhibiao.panel.texts';
const BUILD_DELAY_MS = 300;

// chart: the row whose indicator is charted ({ canonical, region, period, mode }).
// errors: the files of the last batch that could not be read.
// shown: what the table writes of each cell, [target, estimate, actual, gap]
// (the library's words in the page's language, from the worker).
const state = { docs: [], active: 0, panel: null, shown: [], editing: false, seq: 0, ms: null, chart: null, errors: [] };
let timer = null;
const $ = (sel, root = document) => root.querySelector(sel);

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
    status(t('panelNotSaved'));
  }
}

// ---------- building ----------

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
  status(t('panelBuilding'));
  const dictionary = dictionaryText();
  const request = {
    texts: state.docs.map((d) => d.text),
    files: state.docs.map((d) => d.name),
    options: dictionary ? { dictionary } : null,
    lang: language(),
  };
  buildPanel(request).then(
    (answer) => {
      if (id !== state.seq) return;
      state.panel = answer.panel;
      state.shown = answer.shown;
      state.ms = answer.ms;
      renderTable();
    },
    (error) => {
      if (id !== state.seq) return;
      const msg = error?.message ?? String(error);
      status(msg.startsWith('dictionary') ? t('dictError', { msg }) : t('panelError', { msg }));
    },
  );
}

// ---------- adding texts ----------

function uniqueName(name) {
  let n = name;
  let i = 2;
  while (state.docs.some((d) => d.name === n)) n = `${name} (${i++})`;
  return n;
}

// A file that cannot be read is listed under the status line until the
// next files are added: the panel's "3 份报告" must not overwrite it.
async function addFiles(files) {
  const errors = [];
  for (const file of files) {
    try {
      const { text } = await readFile(file, { onStatus: status });
      state.docs.push({ name: uniqueName(file.name), text });
    } catch (e) {
      errors.push(t('panelFileError', { name: file.name, msg: e?.message ?? e }));
    }
  }
  state.errors = errors;
  renderErrors();
  state.active = Math.max(0, state.docs.length - 1);
  state.editing = false;
  renderTabs();
  build();
}

function renderErrors() {
  const box = $('#panel-errors');
  box.hidden = !state.errors.length;
  box.replaceChildren(...(state.errors.length ? [h('p', {}, t('panelReadErrors')), h('ul', {}, ...state.errors.map((e) => h('li', {}, e)))] : []));
}

function addPaste() {
  state.docs.push({ name: uniqueName(t('panelTextName', { n: state.docs.length + 1 })), text: '' });
  state.active = state.docs.length - 1;
  state.editing = true;
  renderTabs();
}

// ---------- rendering ----------

function status(msg) {
  const s = $('#panel-status');
  if (s) s.textContent = msg;
}

function selectDoc(i, mark = null) {
  state.active = i;
  state.editing = false;
  renderTabs(mark);
}

function closeDoc(i) {
  state.docs.splice(i, 1);
  state.active = Math.max(0, Math.min(state.active, state.docs.length - 1));
  state.editing = false;
  renderTabs();
  build();
  $('#panel-tabs [role=tab][tabindex="0"]')?.focus();
}

// Tabs: one tab stop, arrow keys (and Home/End) move between them.
function onTabKey(event) {
  const tabs = [...document.querySelectorAll('#panel-tabs [role=tab]')];
  const at = tabs.indexOf(event.target);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (at < 0 || next === undefined) return;
  event.preventDefault();
  const i = (next + tabs.length) % tabs.length;
  selectDoc(i);
  $(`#panel-tab-${i}`)?.focus();
}

function renderTabs(mark = null, focus = true) {
  const tabs = $('#panel-tabs');
  tabs.replaceChildren(
    ...state.docs.map((d, i) =>
      h('button', { type: 'button', role: 'tab', id: `panel-tab-${i}`, class: 'panel-tab' + (i === state.active ? ' active' : ''),
        'aria-selected': String(i === state.active), 'aria-controls': 'panel-text', tabindex: i === state.active ? '0' : '-1', 'data-index': i,
        onclick: () => selectDoc(i) }, `${i + 1}. ${d.name}`)),
  );
  const doc = state.docs[state.active];
  const pane = $('#panel-text');
  if (!doc) {
    pane.removeAttribute('aria-labelledby');
    pane.replaceChildren(h('p', { class: 'hint' }, t('panelEmptyHint')));
    return;
  }
  pane.setAttribute('aria-labelledby', `panel-tab-${state.active}`);
  const close = h('button', { type: 'button', class: 'button quiet', id: 'panel-close', onclick: () => closeDoc(state.active) }, t('panelClose'));
  if (state.editing) {
    const area = h('textarea', { id: 'panel-edit', spellcheck: 'false', placeholder: t('textPlaceholder'), 'aria-label': doc.name });
    area.value = doc.text;
    area.addEventListener('input', () => { doc.text = area.value; schedule(); });
    const done = h('button', { type: 'button', class: 'button quiet', onclick: () => { state.editing = false; renderTabs(); } }, t('panelDoneEditing'));
    pane.replaceChildren(h('div', { class: 'toolbar' }, done, close), area);
    if (focus) area.focus();
    return;
  }
  const source = h('div', { id: 'panel-source', class: 'source', tabindex: '0', role: 'region', 'aria-label': t('panelSourceLabel', { name: doc.name }), 'data-report': state.active });
  if (mark && mark.end <= doc.text.length) {
    const m = h('mark', { id: 'panel-mark' }, doc.text.slice(mark.start, mark.end));
    source.append(doc.text.slice(0, mark.start), m, doc.text.slice(mark.end));
  } else {
    source.append(doc.text);
  }
  const edit = h('button', { type: 'button', class: 'button quiet', onclick: () => { state.editing = true; renderTabs(); } }, t('viewEdit'));
  pane.replaceChildren(h('div', { class: 'toolbar' }, edit, close), source);
  const m = $('#panel-mark');
  if (m) {
    // Scroll the source pane only, not the page.
    source.scrollTop = m.offsetTop - source.offsetTop - source.clientHeight / 3;
  }
}

function entryCell(e, status, text) {
  if (!e) return h('td');
  const file = state.panel.reports[e.report]?.file ?? '';
  const link = h('button', { type: 'button', class: 'panel-link', 'data-report': e.report, 'data-start': e.start, 'data-end': e.end,
    title: t('panelEvidenceTitle', { file, evidence: e.evidence }),
    onclick: () => selectDoc(e.report, { start: e.start, end: e.end }) },
  text);
  const others = e.others?.length ? h('span', { class: 'panel-others', title: e.others.map((o) => o.evidence).join('\n') }, t('panelOthers', { n: e.others.length })) : null;
  return h('td', { class: `panel-${status}` }, link, h('sup', {}, `[${e.report + 1}]`), others);
}

function regionLabel(c) {
  if (c.region) return c.region;
  const report = Math.min(...['target', 'estimate', 'actual'].filter((k) => c[k]).map((k) => c[k].report));
  return `[${state.panel.reports[report]?.file ?? '?'}]`;
}

function renderTable() {
  const body = $('#panel-body');
  const p = state.panel;
  const exports = /** @type {NodeListOf<HTMLButtonElement>} */ (document.querySelectorAll('#panel-view .panel-export'));
  exports.forEach((b) => { b.disabled = !p || !p.cells.length; });
  $('#panel-no-gap').hidden = !p || !p.cells.length || p.cells.some((c) => c.target && (c.actual || c.estimate));
  if (!p) {
    body.replaceChildren();
    state.chart = null;
    renderChart();
    status(state.docs.length ? '' : t('panelNone'));
    return;
  }
  body.replaceChildren(...p.cells.map((c, i) => cellRow(c, state.shown[i] ?? ['', '', '', ''])));
  renderChart();
  const ms = state.ms == null ? '' : t('panelMs', { ms: Math.round(state.ms) });
  status(t('panelStatus', { reports: p.reports.length, cells: p.cells.length }) + ms);
}

function cellRow(c, [target, estimate, actual, gap]) {
  const pick = { canonical: c.canonical, region: regionLabel(c), period: c.period ?? null };
  const charted = state.chart && state.chart.canonical === pick.canonical && state.chart.region === pick.region && state.chart.period === pick.period;
  const name = h('button', { type: 'button', class: 'panel-chart-link', 'aria-pressed': String(!!charted),
    title: t('panelChartFor', { name: c.canonical }), onclick: () => chartOf(pick) }, c.canonical);
  return h('tr', {},
    h('td', {}, pick.region),
    h('td', {}, name),
    h('td', {}, c.period ?? ''),
    entryCell(c.target, 'target', target),
    entryCell(c.estimate, 'estimate', estimate),
    entryCell(c.actual, 'actual', actual),
    h('td', { class: 'num' }, gap),
    h('td', { class: c.met ? `met-${c.met}` : '' }, c.met ? t(`panelMet:${c.met}`) : ''));
}

// ---------- the chart ----------

function chartOf(pick) {
  state.chart = { ...pick, mode: state.chart?.mode ?? 'years' };
  for (const b of document.querySelectorAll('#panel-body .panel-chart-link')) {
    const tr = b.closest('tr');
    b.setAttribute('aria-pressed', String(tr.cells[0].textContent === pick.region && b.textContent === pick.canonical && tr.cells[2].textContent === (pick.period ?? '')));
  }
  renderChart().then(() => $('#panel-chart').scrollIntoView({ block: 'nearest' }));
}

// The chart code is fetched on the first click of an indicator, not with
// the page (the service worker has it for offline use).
let chartsView = null;
async function renderChart() {
  const box = $('#panel-chart');
  if (!state.chart) {
    box.replaceChildren(h('p', { class: 'hint', id: 'panel-chart-hint' }, t('panelChartHint')));
    return;
  }
  chartsView ??= import('./charts-view.js');
  const { renderChartBox } = await chartsView;
  await renderChartBox(box, state.panel?.cells ?? [], state.chart, regionLabel, {
    mode: (m) => { state.chart.mode = m; renderChart().then(() => $(`#panel-chart-${m}`)?.focus()); },
    close: () => { state.chart = null; renderTable(); },
    download,
  });
}

// ---------- exports ----------

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
    const json = JSON.stringify(p);
    if (kind === 'xlsx') {
      return download(await exportPanel(json, 'xlsx'), 'zhibiao-panel.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    }
    if (kind === 'csv') return download(await exportPanel(json, 'csv'), 'zhibiao-panel.csv', 'text/csv;charset=utf-8');
    if (kind === 'tsv') {
      await navigator.clipboard.writeText(/** @type {string} */ (await exportPanel(json, 'tsv')));
      status(t('panelCopied'));
    }
  } catch (e) {
    status(t('panelExportError', { msg: e?.message ?? e }));
  }
}

// ---------- the view ----------

/** An element whose text is the i18n string `key` (kept so by a language switch). */
const say = (tag, key, attrs = {}) => h(tag, { ...attrs, 'data-i18n': key }, t(key));

const COLUMNS = ['panelColRegion', 'colCanonical', 'colPeriod', 'panelColTarget', 'panelColEstimate', 'panelColActual', 'panelColGap', 'panelColMet'];

function view() {
  const file = h('input', { type: 'file', id: 'panel-file', multiple: true, hidden: true,
    accept: '.txt,.text,.docx,.pdf,.html,.htm,text/plain',
    onchange: () => { addFiles([...file.files]); file.value = ''; } });
  // The page's other <main>, shown in its place (one of the two is hidden).
  const section = h('main', { id: 'panel-view', class: 'panel-view', hidden: true, 'aria-labelledby': 'panel-heading' },
    h('div', { class: 'pane-head' },
      say('h2', 'panelHeading', { id: 'panel-heading' }),
      say('p', 'panelHint', { class: 'hint' })),
    h('div', { class: 'toolbar' },
      say('button', 'panelOpen', { type: 'button', class: 'button', id: 'panel-open', onclick: () => file.click() }),
      file,
      say('button', 'panelPaste', { type: 'button', class: 'button', id: 'panel-paste', onclick: addPaste }),
      say('button', 'panelClear', { type: 'button', class: 'button danger', id: 'panel-clear',
        onclick: () => { state.docs = []; state.active = 0; state.errors = []; renderErrors(); renderTabs(); build(); } }),
      h('span', { class: 'sep' }),
      ...[['csv', 'exportCsv'], ['tsv', 'panelCopy'], ['xlsx', 'exportXlsx'], ['json', 'exportJson']].map(([k, key]) =>
        say('button', key, { type: 'button', class: 'button panel-export', id: `panel-export-${k}`, disabled: true, onclick: () => exportAs(k) }))),
    h('p', { id: 'panel-status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('div', { id: 'panel-errors', class: 'error panel-errors', role: 'alert', hidden: true }),
    h('div', { class: 'panel-layout' },
      h('div', { class: 'panel-left' },
        h('div', { id: 'panel-tabs', class: 'panel-tabs', role: 'tablist', 'data-i18n-label': 'panelTabs', 'aria-label': t('panelTabs'), onkeydown: onTabKey }),
        h('div', { id: 'panel-text', class: 'panel-text', role: 'tabpanel' })),
      h('div', { class: 'panel-right' },
        say('p', 'panelNoGap', { id: 'panel-no-gap', class: 'notes', hidden: true }),
        h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'data-i18n-label': 'panelTableLabel', 'aria-label': t('panelTableLabel') },
          h('table', { id: 'panel-table' },
            h('thead', {}, h('tr', {}, ...COLUMNS.map((key) => say('th', key, { scope: 'col' })))),
            h('tbody', { id: 'panel-body' }))),
        h('section', { id: 'panel-chart', class: 'panel-chart-box' }))));
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
  $('#panel-toggle').textContent = t(on ? 'panelBack' : 'panelToggle');
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
    onclick: () => show($('#panel-view').hidden) }, t('panelToggle'));
  const lang = $('#lang');
  if (lang) lang.before(toggle); else document.body.prepend(toggle);
  // The page switched language (app.js) or "my indicators" changed (dictionary.js).
  document.addEventListener('zhibiao:language', () => {
    $('#panel-toggle').textContent = t($('#panel-view').hidden ? 'panelToggle' : 'panelBack');
    renderTabs(null, false);
    renderTable();
    // The cells' words (about, at least…) are the library's: built again in the new language.
    if (state.panel) build();
  });
  document.addEventListener('zhibiao:dictionary', () => {
    if (state.docs.length) build();
  });
  let open = false;
  try { open = sessionStorage.getItem('zhibiao.panel.open') === '1' || location.hash === '#panel'; } catch { /* ignore */ }
  if (open) show(true);
}

initPanel();
