// The page: text in, table out. Wires the text area, file and sample
// loading, the parser (engine.js), the table (table.js), the evidence view
// (source.js) and the exports (export.js). No parsing happens here.
import { t, noteText, categoryName, initialLanguage, setLanguage, language } from './i18n.js';
import { loadEngine, parseText, renderReport, clipboardTexts } from './engine.js';
import { renderHead, renderBody, visibleIndices, nextSort, revealRow, markRows, warmSearch, wireRowActions, updateBody, showRegionColumn } from './table.js';
import { renderSource, rowsOfMark, scrollWithin } from './source.js';
import { fileName, describeRow } from './export.js';
import { readFile } from './readers/open.js';
import { xlsxBytes, XLSX_TYPE, XlsxUnavailable } from './xlsx-export.js';
import { registerServiceWorker } from './sw-client.js';
import { initDictionary, dictionaryText, renderDictionary } from './dictionary.js';
import { initEditing, rowsFor, currentRows, rowsPending, exportReport, exportOptions, xlsxOptions, mentionsOf, shownIndex, editSummary, forgetEdits } from './editing.js';

const TEXT_KEY = 'zhibiao.text';
const TYPING_DELAY_MS = 200;
/** Longer texts (UTF-16 units, ~600 KB of Chinese) are shown read-only, not in the text area. */
const LARGE_TEXT = 200_000;
/** A paste into the editor up to this long, without a line break, is an edit, not a new report. */
const SHORT_PASTE = 200;
/** What the evidence view shows of a large text while it is parsed. */
const PREVIEW_CHARS = 4000;
const SAVE_DELAY_MS = 400;

/** @type {(id: string) => any} */
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
  pasteAdd: $('paste-add'),
};

const state = {
  report: null,
  rows: [], // the rows shown: the report's, as corrected, folded, in the units chosen (editing.js)
  text: '', // the report's text; in the text area too unless `large`
  large: false,
  indices: [],
  sort: { key: null, dir: null },
  reportText: '', // the text `report` was parsed from
  source: null, // { marksOf } of the rendered evidence view, null when stale
  activeRow: null,
  parseSeq: 0,
  head: '', // language and sort the table header was built for
  engineFailed: false,
  version: null,
};

// ---------- status and errors ----------

/** Sets the status line; several messages are kept apart (；), not run together. */
function setStatus(...messages) {
  el.status.textContent = messages.filter(Boolean).join(t('statusJoin'));
}

// One column (phones, narrow windows): the table is below the text, out of sight.
const narrow = () => matchMedia('(max-width: 999.98px)').matches;

function showError(message) {
  el.error.textContent = message;
  el.error.hidden = !message;
}

function statusForRows() {
  if (!state.report) return state.text.trim() ? t('statusParsing') : t('statusReady');
  const n = state.report.rows.length;
  const shown = state.indices.length;
  const rows = shown === n ? t('statusRows', { n }) : t('statusRowsFiltered', { n, shown });
  return [rows, editSummary()].filter(Boolean).join(t('statusJoin'));
}

// ---------- parsing ----------

async function parseNow() {
  const text = state.text;
  const seq = ++state.parseSeq;
  $('rows').setAttribute('aria-busy', 'true');
  if (!text.trim()) {
    showReport(null, text);
    return;
  }
  if (state.engineFailed) return;
  try {
    const dictionary = dictionaryText();
    performance.mark('zhibiao:parse');
    // The page's language: each row comes with its cells written in it.
    const report = await parseText(text, { dictionary, lang: language() });
    performance.mark('zhibiao:report');
    if (seq !== state.parseSeq) return;
    showError('');
    showReport(report, text);
  } catch (e) {
    if (seq !== state.parseSeq) return;
    const msg = e?.message ?? String(e);
    showError(msg.startsWith('dictionary') ? t('dictError', { msg }) : t('parseError', { msg }));
    showReport(null, text);
  }
}

let typingTimer = 0;
function parseSoon(delay) {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(parseNow, delay);
}

// ---------- the report ----------

function showReport(report, text = state.text) {
  state.report = report;
  state.reportText = text;
  state.rows = rowsFor(text, report);
  state.source = null;
  state.activeRow = null;
  if (showRegionColumn(report?.rows ?? [])) state.head = ''; // a column more or less
  renderMeta(report);
  renderNotes(report);
  fillCategories(report);
  refreshTable();
  if (report) warmSearch(report.rows);
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

let categoriesShown = '';
function fillCategories(report) {
  const keep = el.category.value;
  const categories = [...new Set((report?.rows ?? []).map((r) => r.category).filter(Boolean))].sort();
  // The same list in the same language (most reports have the same fields): left as is.
  const shown = `${language()}\u0001${categories.join('\u0001')}`;
  if (shown === categoriesShown) return;
  categoriesShown = shown;
  const options = categories.map((c) => new Option(categoryName(c), c));
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
  const rows = state.rows;
  state.indices = visibleIndices(rows, filters(), state.sort);
  // The header changes with the sort and the language only: rebuilding it
  // would lay the whole table out again.
  const head = `${language()} ${state.sort.key} ${state.sort.dir}`;
  if (head !== state.head) {
    state.head = head;
    renderHead(el.headRow, state.sort, onSort);
  }
  $('rows').setAttribute('aria-busy', 'true');
  renderBody(el.body, rows, state.indices, {
    onFirst: () => {
      performance.mark('zhibiao:table');
      document.dispatchEvent(new CustomEvent('zhibiao:table'));
    },
    onDone: () => {
      if (!rowsPending()) $('rows').removeAttribute('aria-busy');
    },
  });
  for (const button of el.exports) button.disabled = state.indices.length === 0;
  setStatus(statusForRows());
}

function onSort(key) {
  state.sort = nextSort(state.sort, key);
  refreshTable();
  /** @type {HTMLElement | null} */ (el.headRow.querySelector(`[data-key="${key}"] button`))?.focus();
}

// ---------- evidence: table ↔ source ----------

function ensureSource() {
  if (state.source) return state.source;
  // Text not parsed yet: showReport builds the view once the rows are in.
  if (state.reportText !== state.text) return { marksOf: () => [] };
  const rows = state.report?.rows ?? [];
  if (!state.text) {
    renderSource(el.source, '', []); // stops a build under way
    el.source.textContent = t('sourceEmpty');
    state.source = { marksOf: () => [] };
    return state.source;
  }
  state.source = renderSource(el.source, state.text, rows);
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
  markRows(el.body, 'selected', [index]);
  state.activeRow = index;
  const marks = mentionsOf(index).flatMap(marksOf);
  for (const m of marks) m.classList.add('active');
  if (marks.length) {
    // One column: the text is above the table, off screen; bring it up.
    if (narrow()) el.sourceWrap.scrollIntoView({ block: 'start' });
    scrollWithin(el.source, marks[0]);
    const row = state.rows[index];
    el.hoverInfo.textContent = t('rowTitle', { i: index + 1, desc: describeRow(row) });
  }
}

// The row's own controls (check, correct, drop) are not a click on the row.
const onControl = (event) => !!event.target.closest('button, input, select');

function onTableClick(event) {
  if (onControl(event)) return;
  const tr = event.target.closest('tbody tr');
  if (tr) showEvidence(Number(tr.dataset.index));
}

// Arrow keys move between rows (one tab stop for the whole table body);
// Enter or Space shows the evidence.
function onTableKey(event) {
  if (onControl(event)) return;
  const tr = event.target.closest('tbody tr');
  if (!tr) return;
  const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  if (step !== undefined) {
    event.preventDefault();
    const position = state.indices.indexOf(Number(tr.dataset.index)) + step;
    const next = state.indices[position];
    const move = next === undefined ? null : revealRow(el.body, state.indices, next);
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
  if (!mark) {
    markRows(el.body, 'hover', []);
    return;
  }
  const rows = state.rows;
  const indices = rowsOfMark(mark).map(shownIndex);
  const descriptions = indices.map((i) => describeRow(rows[i]));
  el.hoverInfo.textContent = descriptions.map((desc) => t('sourceMarkTitle', { desc })).join('  ');
  // The tooltip, made on hover (the rows as now edited) rather than for every mark up front.
  mark.title = descriptions.join('\n');
  markRows(el.body, 'hover', indices);
}

function onSourceClick(event) {
  const mark = event.target.closest('mark');
  if (!mark) return;
  const index = shownIndex(rowsOfMark(mark)[0]);
  if (revealRow(el.body, state.indices, index)) showEvidence(index);
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
  if (state.large) return;
  try {
    if (state.text) localStorage.setItem(TEXT_KEY, state.text);
    else localStorage.removeItem(TEXT_KEY);
  } catch {
    setStatus(t('notSaved'));
  }
}

function forgetText() {
  try {
    localStorage.removeItem(TEXT_KEY);
  } catch {
    // Nothing kept.
  }
}

function restoreText() {
  try {
    return localStorage.getItem(TEXT_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * Replaces the whole text (paste, file, sample, drop), parses it, shows the
 * evidence view. A large text is shown only there, read-only: pushing
 * megabytes into the text area would freeze the page while it lays them out.
 */
async function setText(text, { reveal = true } = {}) {
  performance.mark('zhibiao:text');
  const hadFocus = document.activeElement === el.text || document.activeElement === el.source;
  state.text = text;
  state.reportText = null; // the rows in hand are not this text's until it is parsed
  state.large = text.length > LARGE_TEXT;
  if (state.large) showPreview(text);
  if (text.trim()) showView('source');
  el.text.value = state.large ? '' : text;
  el.viewEdit.disabled = state.large;
  el.viewEdit.title = state.large ? t('largeReadOnly') : '';
  clearTimeout(typingTimer);
  clearTimeout(saveTimer);
  const parsed = parseNow();
  // After the table; a large text is not kept (localStorage would block the
  // page for a long task, and refuse most such texts anyway).
  if (state.large) forgetText();
  else setTimeout(saveText, 0);
  await parsed;
  if (state.large) setStatus(statusForRows(), t('largeReadOnly'), t('largeNotSaved'));
  if (hadFocus && text.trim()) el.source.focus({ preventScroll: narrow() });
  // One column: the table the text gave is below it, out of sight.
  if (reveal && narrow() && text.trim()) $('table-heading').closest('section').scrollIntoView({ block: 'start' });
}

/**
 * While a large text is parsed, the evidence view shows its beginning without
 * marks, rather than the previous report (one text node: cheap to lay out).
 */
function showPreview(text) {
  state.source = null;
  el.source.replaceChildren(document.createTextNode(text.slice(0, PREVIEW_CHARS)));
  el.source.setAttribute('aria-busy', 'true');
  // In the next frame, laid out by then (setting it now would force a layout).
  requestAnimationFrame(() => (el.source.scrollTop = 0));
}

// Typing in the text area: parse once the typing pauses.
function onInput() {
  state.text = el.text.value;
  saveSoon();
  parseSoon(TYPING_DELAY_MS);
}

/**
 * Pasting, in the editor or the evidence view: a report replaces the text
 * unless "add" is ticked, then it goes at the caret (editor) or at the end
 * (evidence view). A short paste of one line into part of the editor's text
 * is an edit and goes at the caret.
 */
function onPaste(event) {
  const target = event.target;
  const inEditor = target === el.text;
  if (!inEditor && !el.sourceWrap.contains(target) && target !== document.body) return;
  const pasted = event.clipboardData?.getData('text/plain') ?? '';
  if (!pasted) return;
  event.preventDefault();
  const whole = el.text.selectionStart === 0 && el.text.selectionEnd === el.text.value.length;
  const isReport = pasted.length > SHORT_PASTE || pasted.includes('\n') || !state.text || whole;
  if (el.pasteAdd.checked || (inEditor && !isReport)) {
    if (inEditor && !state.large) {
      el.text.setRangeText(pasted, el.text.selectionStart, el.text.selectionEnd, 'end');
      onInput();
    } else {
      setText(state.text ? `${state.text}\n${pasted}` : pasted);
    }
    return;
  }
  setText(pasted);
}

/** Opens `file`; `others`, files dropped with it, are named as not opened. */
async function openFile(file, others = []) {
  if (!file) return;
  const notOpened = others.length ? t('dropOthers', { n: others.length, names: others.map((f) => f.name).join('、') }) : '';
  try {
    const { text, encoding } = await readFile(file, { onStatus: setStatus });
    await setText(text);
    setStatus(t('fileLoaded', { name: file.name, enc: encoding }), statusForRows(), notOpened);
  } catch (e) {
    showError(t('fileError', { msg: e?.message ?? String(e) }));
    // Not "reading scan.pdf…" under the error: what the table shows.
    setStatus(statusForRows(), notOpened);
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
  state.text = '';
  state.large = false;
  forgetEdits();
  el.text.value = '';
  el.viewEdit.disabled = false;
  el.viewEdit.title = '';
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
  const [first, ...others] = event.dataTransfer?.files ?? [];
  openFile(first, others);
}

// ---------- exports ----------

/** The report with the rows shown (filtered, sorted, corrected; not the dropped ones), as the exports write it. */
function shownReport() {
  return exportReport(state.report, state.indices);
}

const FORMATS = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

async function exportAs(format) {
  try {
    download(await renderReport(shownReport(), exportOptions(format)), FORMATS[format], format);
  } catch (e) {
    if (e instanceof XlsxUnavailable) showError(t('xlsxUnavailable'));
    else showError(t('parseError', { msg: e?.message ?? String(e) }));
  }
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
  const report = shownReport();
  const { rows } = report;
  let text;
  let html;
  try {
    // The TSV, and the same as an HTML table for Word and WPS (they paste
    // HTML as a table; spreadsheets take the TSV beside it).
    ({ text, html } = await clipboardTexts(report, exportOptions('tsv')));
  } catch (e) {
    showError(e instanceof XlsxUnavailable ? t('xlsxUnavailable') : t('parseError', { msg: e?.message ?? String(e) }));
    return;
  }
  try {
    if (window.ClipboardItem && navigator.clipboard.write) {
      const blob = (data, type) => new Blob([data], { type });
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
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
    download(await xlsxBytes(shownReport(), xlsxOptions()), XLSX_TYPE, 'xlsx');
  } catch (e) {
    if (e instanceof XlsxUnavailable) showError(t('xlsxUnavailable'));
    else showError(t('xlsxError', { msg: e?.message ?? String(e) }));
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
  renderDictionary();
  showReport(state.report, state.reportText);
  // The rows' cells are written in the language of their parse.
  if (state.report) parseNow();
  document.dispatchEvent(new CustomEvent('zhibiao:language')); // the panel's words
}

// ---------- start ----------

function wire() {
  el.dropZone = $('drop-zone');
  el.text.addEventListener('input', onInput);
  document.addEventListener('paste', onPaste);
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
  $('export-csv').addEventListener('click', () => exportAs('csv'));
  $('export-json').addEventListener('click', () => exportAs('json'));
  $('copy-tsv').addEventListener('click', copyTsv);
  $('export-xlsx').addEventListener('click', exportXlsx);
  $('lang').addEventListener('click', () => applyLang(language() === 'zh' ? 'en' : 'zh'));
  const actions = initEditing({
    // A row checked, dropped or corrected: redrawn in place when the order stays.
    onChange: () => {
      state.rows = currentRows();
      const indices = visibleIndices(state.rows, filters(), state.sort);
      if (!updateBody(el.body, state.rows, indices)) return refreshTable();
      state.indices = indices;
      setStatus(statusForRows());
      if (!rowsPending()) $('rows').removeAttribute('aria-busy');
    },
    onError: (e) => showError(t('unitsUnavailable', { msg: e?.message ?? String(e) })),
  });
  wireRowActions(el.body, actions);
  initDictionary(() => {
    showError('');
    if (state.text.trim()) parseNow();
  });
}

async function start() {
  wire();
  applyLang(initialLanguage());
  const saved = restoreText();
  if (saved.length <= LARGE_TEXT) el.text.value = saved; // shown while the parser loads
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
    await setText(saved, { reveal: false });
  } else {
    el.text.focus();
  }
  registerServiceWorker({ onUpdate: showUpdate, onOffline: () => setStatus(statusForRows(), t('offlineReady')) });
}

function showUpdate(apply) {
  $('update').hidden = false;
  $('update-reload').onclick = apply;
}

start().catch((e) => showError(t('loadError', { msg: e?.message ?? String(e) })));
