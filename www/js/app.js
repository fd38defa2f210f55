// The page: text in, table out. Wires the text area, file and sample
// loading, the parser (engine.js), the table (table.js), the evidence view
// (source.js) and the exports (export.js). No parsing happens here.
import { t, noteText, initialLanguage, setLanguage, language } from './i18n.js';
import { loadEngine, parseText } from './engine.js';
import { renderHead, renderBody, visibleIndices, nextSort } from './table.js';
import { renderSource, rowsOfMark, scrollWithin } from './source.js';
import { toCsv, toTsv, toJson, fileName, describeRow } from './export.js';
import { readFile } from './readers/open.js';
import { xlsxBytes, XLSX_TYPE } from './xlsx-export.js';
import { registerServiceWorker } from './sw-client.js';

const TEXT_KEY = 'zhibiao.text';
const TYPING_DELAY_MS = 200;
const SAVE_DELAY_MS = 400;

const $ = (id) => document.getElementById(id);
const el = {
  text: $('text'),
  file: $('file'),
  status: $('status'),
  error: $('error'),
  meta: $('meta'),
  notes: $('notes'),
  headRow: $('head-row'),
  body: $('body'),
  editView: $('edit-view'),
  sourceWrap: $('source-wrap'),
  source: $('source-view'),
  hoverInfo: $('hover-info'),
  viewEdit: $('view-edit'),
  viewSource: $('view-source'),
  category: $('f-category'),
  core: $('f-core'),
  statusFilter: $('f-status'),
  search: $('f-search'),
  exports: [$('export-csv'), $('copy-tsv'), $('export-json'), $('export-xlsx')],
};

const state = {
  report: null,
  text: '',
  indices: [],
  sort: { key: null, dir: null },
  source: null, // { marksOf } of the rendered evidence view, null when stale
  activeRow: null,
  parseSeq: 0,
  engineFailed: false,
  version: null,
};

// ---------- status and errors ----------

function setStatus(message) {
  el.status.textContent = message;
}

function showError(message) {
  el.error.textContent = message;
  el.error.hidden = !message;
}

function statusForRows() {
  if (!state.report) return state.text.trim() ? t('statusParsing') : t('statusReady');
  const n = state.report.rows.length;
  const shown = state.indices.length;
  return shown === n ? t('statusRows', { n }) : t('statusRowsFiltered', { n, shown });
}

// ---------- parsing ----------

async function parseNow() {
  const text = el.text.value;
  const seq = ++state.parseSeq;
  state.text = text;
  $('rows').setAttribute('aria-busy', 'true');
  if (!text.trim()) {
    showReport(null);
    return;
  }
  if (state.engineFailed) return;
  try {
    const report = await parseText(text, null);
    if (seq !== state.parseSeq) return;
    showError('');
    showReport(report);
  } catch (e) {
    if (seq !== state.parseSeq) return;
    showError(t('parseError', { msg: e?.message ?? String(e) }));
    showReport(null);
  }
}

let typingTimer = 0;
function parseSoon(delay) {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(parseNow, delay);
}

// ---------- the report ----------

function showReport(report) {
  state.report = report;
  state.source = null;
  state.activeRow = null;
  renderMeta(report);
  renderNotes(report);
  fillCategories(report);
  refreshTable();
  if (!el.sourceWrap.hidden) ensureSourceSoon();
}

function renderMeta(report) {
  el.meta.hidden = !report;
  if (!report) return;
  const m = report.meta;
  const unknown = t('unknown');
  $('meta-title').textContent = m.title ?? unknown;
  $('meta-region').textContent = m.region
    ? m.level ? `${m.region}（${t('level:' + m.level)}）` : m.region
    : unknown;
  $('meta-kind').textContent = m.kind ? t('kind:' + m.kind) : unknown;
  $('meta-reports').textContent = m.reports.length ? m.reports.join('、') : unknown;
  $('meta-targets').textContent = m.targets.length ? m.targets.join('、') : unknown;
}

function renderNotes(report) {
  const notes = report?.notes ?? [];
  el.notes.replaceChildren(
    ...notes.map((note) => {
      const li = document.createElement('li');
      li.textContent = noteText(note);
      return li;
    }),
  );
  el.notes.hidden = notes.length === 0;
}

function fillCategories(report) {
  const keep = el.category.value;
  const categories = [...new Set((report?.rows ?? []).map((r) => r.category).filter(Boolean))].sort();
  const options = categories.map((c) => new Option(c, c));
  el.category.replaceChildren(el.category.options[0], ...options);
  el.category.value = categories.includes(keep) ? keep : '';
}

function filters() {
  return {
    coreOnly: el.core.checked,
    status: el.statusFilter.value,
    category: el.category.value,
    search: el.search.value,
  };
}

function refreshTable() {
  const rows = state.report?.rows ?? [];
  state.indices = visibleIndices(rows, filters(), state.sort);
  renderHead(el.headRow, state.sort, onSort);
  $('rows').setAttribute('aria-busy', 'true');
  renderBody(el.body, rows, state.indices, {
    onFirst: () => document.dispatchEvent(new CustomEvent('zhibiao:table')),
    onDone: () => $('rows').removeAttribute('aria-busy'),
  });
  for (const button of el.exports) button.disabled = state.indices.length === 0;
  setStatus(statusForRows());
}

function onSort(key) {
  state.sort = nextSort(state.sort, key);
  refreshTable();
  el.headRow.querySelector(`[data-key="${key}"] button`)?.focus();
}

// ---------- evidence: table ↔ source ----------

function ensureSource() {
  if (state.source) return state.source;
  const rows = state.report?.rows ?? [];
  if (!el.text.value) {
    el.source.textContent = t('sourceEmpty');
    state.source = { marksOf: () => [] };
    return state.source;
  }
  state.source = renderSource(el.source, el.text.value, rows, (i) => describeRow(rows[i], t));
  return state.source;
}

// The evidence view is built after the table is on screen: the table first.
let sourceTimer = 0;
function ensureSourceSoon() {
  clearTimeout(sourceTimer);
  sourceTimer = setTimeout(ensureSource, 0);
}

function showView(which) {
  const source = which === 'source';
  el.editView.hidden = source;
  el.sourceWrap.hidden = !source;
  el.viewEdit.setAttribute('aria-pressed', String(!source));
  el.viewSource.setAttribute('aria-pressed', String(source));
  if (source) ensureSourceSoon();
}

/** Shows row `index`'s evidence in the source view, highlighted. */
function showEvidence(index) {
  showView('source');
  const { marksOf } = ensureSource();
  for (const m of el.source.querySelectorAll('mark.active')) m.classList.remove('active');
  for (const tr of el.body.querySelectorAll('tr.selected')) tr.classList.remove('selected');
  el.body.querySelector(`tr[data-index="${index}"]`)?.classList.add('selected');
  state.activeRow = index;
  const marks = marksOf(index);
  for (const m of marks) m.classList.add('active');
  if (marks.length) {
    scrollWithin(el.source, marks[0]);
    const row = state.report.rows[index];
    el.hoverInfo.textContent = t('rowTitle', { i: index + 1, desc: describeRow(row, t) });
  }
}

function onTableClick(event) {
  const tr = event.target.closest('tbody tr');
  if (tr) showEvidence(Number(tr.dataset.index));
}

// Arrow keys move between rows (one tab stop for the whole table body);
// Enter or Space shows the evidence.
function onTableKey(event) {
  const tr = event.target.closest('tbody tr');
  if (!tr) return;
  const move = { ArrowDown: tr.nextElementSibling, ArrowUp: tr.previousElementSibling }[event.key];
  if (move !== undefined) {
    event.preventDefault();
    if (move) {
      tr.tabIndex = -1;
      move.tabIndex = 0;
      move.focus();
    }
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    showEvidence(Number(tr.dataset.index));
  }
}

function onSourceHover(event) {
  const mark = event.target.closest('mark');
  for (const tr of el.body.querySelectorAll('tr.hover')) tr.classList.remove('hover');
  if (!mark) return;
  const rows = state.report?.rows ?? [];
  const indices = rowsOfMark(mark);
  el.hoverInfo.textContent = indices.map((i) => t('sourceMarkTitle', { desc: describeRow(rows[i], t) })).join('  ');
  for (const i of indices) el.body.querySelector(`tr[data-index="${i}"]`)?.classList.add('hover');
}

function onSourceClick(event) {
  const mark = event.target.closest('mark');
  if (!mark) return;
  const index = rowsOfMark(mark)[0];
  const tr = el.body.querySelector(`tr[data-index="${index}"]`);
  if (tr) {
    tr.scrollIntoView({ block: 'nearest' });
    showEvidence(index);
  }
}

// ---------- text in: typing, pasting, files, sample, storage ----------

let saveTimer = 0;
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveText, SAVE_DELAY_MS);
}

// Leaving the page with a save still pending: save now.
function flushSave() {
  if (!saveTimer) return;
  clearTimeout(saveTimer);
  saveText();
}

function saveText() {
  saveTimer = 0;
  try {
    if (el.text.value) localStorage.setItem(TEXT_KEY, el.text.value);
    else localStorage.removeItem(TEXT_KEY);
  } catch {
    setStatus(t('notSaved'));
  }
}

function restoreText() {
  try {
    return localStorage.getItem(TEXT_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Replaces the whole text (file, sample, drop), parses it, shows the evidence view. */
async function setText(text) {
  el.text.value = text;
  saveText();
  await parseNow();
  showSourceOfWholeText();
}

// A whole document has arrived: show it with its evidence marked. Focus
// follows when it was in the (now hidden) text area.
function showSourceOfWholeText() {
  if (!el.text.value.trim()) return;
  const hadFocus = document.activeElement === el.text;
  showView('source');
  if (hadFocus) el.source.focus();
}

async function onInput(event) {
  if (event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop') {
    clearTimeout(saveTimer);
    saveText();
    clearTimeout(typingTimer);
    await parseNow();
    showSourceOfWholeText();
  } else {
    saveSoon();
    parseSoon(TYPING_DELAY_MS);
  }
}

async function openFile(file) {
  if (!file) return;
  try {
    const { text, encoding } = await readFile(file, { onStatus: setStatus });
    await setText(text);
    setStatus(`${t('fileLoaded', { name: file.name, enc: encoding })} · ${statusForRows()}`);
  } catch (e) {
    showError(t('fileError', { msg: e?.message ?? String(e) }));
  }
}

async function loadSample() {
  try {
    const response = await fetch('sample.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await setText(await response.text());
  } catch (e) {
    showError(t('fileError', { msg: e?.message ?? String(e) }));
  }
}

function clearText() {
  el.text.value = '';
  try {
    localStorage.removeItem(TEXT_KEY);
  } catch {
    // Nothing kept, nothing to remove.
  }
  showError('');
  parseNow();
  showView('edit');
  setStatus(t('cleared'));
  el.text.focus();
}

function onDrop(event) {
  event.preventDefault();
  el.dropZone.classList.remove('dragging');
  openFile(event.dataTransfer?.files?.[0]);
}

// ---------- exports ----------

function shownRows() {
  return state.indices.map((i) => state.report.rows[i]);
}

function download(content, type, extension) {
  const name = fileName(state.report?.meta.title, extension);
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  setStatus(t('downloaded', { name }));
}

async function copyTsv() {
  const rows = shownRows();
  const text = toTsv(rows, t);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    if (!copyWithSelection(text)) {
      setStatus(t('copyFailed'));
      return;
    }
  }
  setStatus(t('copied', { n: rows.length }));
}

// The sheet writer is loaded on this first use (xlsx-export.js).
async function exportXlsx() {
  try {
    download(await xlsxBytes(state.report, shownRows()), XLSX_TYPE, 'xlsx');
  } catch (e) {
    showError(t('xlsxError', { msg: e?.message ?? String(e) }));
  }
}

// Older browsers and non-secure pages have no async clipboard.
function copyWithSelection(text) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

// ---------- language ----------

function applyLang(lang) {
  setLanguage(lang);
  $('lang').lang = language() === 'zh' ? 'en' : 'zh-CN';
  $('version').textContent = state.version ? t('footer', { version: state.version }) : '';
  showReport(state.report);
}

// ---------- start ----------

function wire() {
  el.dropZone = $('drop-zone');
  el.text.addEventListener('input', onInput);
  window.addEventListener('pagehide', flushSave);
  $('open').addEventListener('click', () => el.file.click());
  el.file.addEventListener('change', () => {
    openFile(el.file.files[0]);
    el.file.value = '';
  });
  $('sample').addEventListener('click', loadSample);
  $('clear').addEventListener('click', clearText);
  el.viewEdit.addEventListener('click', () => showView('edit'));
  el.viewSource.addEventListener('click', () => showView('source'));
  el.dropZone.addEventListener('dragover', (e) => {
    e.preventDefault();
    el.dropZone.classList.add('dragging');
  });
  el.dropZone.addEventListener('dragleave', () => el.dropZone.classList.remove('dragging'));
  el.dropZone.addEventListener('drop', onDrop);
  el.body.addEventListener('click', onTableClick);
  el.body.addEventListener('keydown', onTableKey);
  el.source.addEventListener('mouseover', onSourceHover);
  el.source.addEventListener('click', onSourceClick);
  for (const input of [el.core, el.statusFilter, el.category]) input.addEventListener('change', refreshTable);
  el.search.addEventListener('input', refreshTable);
  $('export-csv').addEventListener('click', () => download(toCsv(shownRows(), t), 'text/csv;charset=utf-8', 'csv'));
  $('export-json').addEventListener('click', () =>
    download(toJson(state.report, shownRows()), 'application/json', 'json'),
  );
  $('copy-tsv').addEventListener('click', copyTsv);
  $('export-xlsx').addEventListener('click', exportXlsx);
  $('lang').addEventListener('click', () => applyLang(language() === 'zh' ? 'en' : 'zh'));
}

async function start() {
  wire();
  applyLang(initialLanguage());
  const saved = restoreText();
  if (saved) el.text.value = saved;
  try {
    state.version = (await loadEngine()).version;
    $('version').textContent = t('footer', { version: state.version });
  } catch (e) {
    state.engineFailed = true;
    showError(t('loadError', { msg: e?.message ?? String(e) }));
    setStatus(t('loadError', { msg: e?.message ?? String(e) }));
    return;
  }
  setStatus(t('statusReady'));
  if (saved) {
    await parseNow();
    showView('source');
  } else {
    el.text.focus();
  }
  registerServiceWorker({ onUpdate: showUpdate, onOffline: () => setStatus(`${statusForRows()} ${t('offlineReady')}`) });
}

function showUpdate(apply) {
  $('update').hidden = false;
  $('update-reload').onclick = apply;
}

start().catch((e) => showError(t('loadError', { msg: e?.message ?? String(e) })));
