// "My indicators": the user's own indicators, kept in this browser as the
// TSV the parser reads (`standard name<TAB>category<TAB>variant…`, `#`
// comments; the same file as the CLI's --dict), passed to every parse as
// options.dictionary. Add one, delete one, import or export the file.
// Its lines are read by the library (the worker's on-demand module,
// indicator::line_fields), not here; what it read is kept beside the text,
// so a visit lists them without fetching that module.
import { CATEGORIES, categoryName, t } from './i18n.js';
import { dictionaryLines } from './engine.js';

const KEY = 'zhibiao.dictionary';
const LINES_KEY = 'zhibiao.dictionary.lines';

let tsv = null; // read from localStorage on first use
let onChange = () => {};
/** @type {{ tsv: string, lines: Entry[] } | null} the library's reading of `tsv` */
let read = null;

/** @typedef {import('./protocol.js').DictionaryLine} Entry */

/** The dictionary as TSV text ('' when the user has none). */
export function dictionaryText() {
  tsv ??= load();
  return tsv;
}

function load() {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function store(text) {
  tsv = text;
  try {
    if (text.trim()) localStorage.setItem(KEY, text);
    else localStorage.removeItem(KEY);
  } catch {
    // Not kept across visits; still used now.
  }
  renderRead();
  onChange();
  // Other views that parse (the panel) listen for this.
  document.dispatchEvent(new CustomEvent('zhibiao:dictionary'));
}

/**
 * The indicator lines of the dictionary as the library read them ({ line
 * (0-based), name, category, variants }), or null while it has not.
 * @returns {Entry[] | null}
 */
function entries() {
  const text = dictionaryText();
  if (!text.trim()) return [];
  if (read?.tsv !== text) read = kept();
  return read?.tsv === text ? read.lines : null;
}

/** The reading kept from an earlier visit, or null. */
function kept() {
  try {
    const stored = JSON.parse(localStorage.getItem(LINES_KEY) ?? 'null');
    return typeof stored?.tsv === 'string' && Array.isArray(stored.lines) ? stored : null;
  } catch {
    return null;
  }
}

function forgetRead() {
  read = null;
  try {
    localStorage.removeItem(LINES_KEY);
  } catch {
    // Nothing kept.
  }
}

/** Has the library read the dictionary, keeps its reading, and lists it. */
async function renderRead() {
  const text = dictionaryText();
  if (!text.trim()) forgetRead();
  if (entries() === null) {
    try {
      read = { tsv: text, lines: await dictionaryLines(text) };
      localStorage.setItem(LINES_KEY, JSON.stringify(read));
    } catch {
      // Not kept (or the module could not be fetched: listed next time).
    }
  }
  if (text === dictionaryText()) render();
}

const cleanField = (s) => s.replace(/[\t\r\n]+/g, ' ').trim();

function add(name, category, variants) {
  const fields = [cleanField(name), cleanField(category), ...variants.map(cleanField).filter(Boolean)];
  const text = dictionaryText();
  const base = text && !text.endsWith('\n') ? text + '\n' : text;
  store(base + fields.join('\t') + '\n');
}

function remove(line) {
  const lines = dictionaryText().split('\n');
  lines.splice(line, 1);
  store(lines.join('\n'));
}

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);

// The category is chosen from the parser's list (any other name is a bad
// line); the first option, empty, lets the parser pick by keyword.
function renderCategories() {
  const select = $('dict-category');
  const keep = select.value;
  const options = CATEGORIES.map((c) => new Option(categoryName(c), c));
  select.replaceChildren(select.options[0], ...options);
  select.value = keep;
}

function render() {
  renderCategories();
  const list = $('dict-list');
  const items = (entries() ?? []).map(({ line, name, category, variants }) => {
    const li = document.createElement('li');
    const label = document.createElement('span');
    label.textContent = [name, category && `（${categoryName(category)}）`, variants.length ? `：${variants.join('、')}` : ''].join('');
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'button quiet small';
    del.textContent = t('dictDelete');
    del.setAttribute('aria-label', `${t('dictDelete')} ${name}`);
    del.addEventListener('click', () => remove(line));
    li.append(label, ' ', del);
    return li;
  });
  list.replaceChildren(...items);
  $('dict-empty').hidden = items.length > 0;
  $('dict-count').textContent = items.length ? String(items.length) : '';
  $('dict-export').disabled = items.length === 0;
}

function download(text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/tab-separated-values;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'my-indicators.tsv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wires the panel; `changed()` runs after every change (the page re-parses). */
export function initDictionary(changed) {
  onChange = changed;
  tsv = load();
  $('dict-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = $('dict-name').value.trim();
    if (!name) return;
    const variants = $('dict-variants').value.split(/[,，、;；\n]/);
    add(name, $('dict-category').value, variants);
    $('dict-form').reset();
    $('dict-name').focus();
  });
  $('dict-import').addEventListener('click', () => $('dict-file').click());
  $('dict-file').addEventListener('change', async () => {
    const file = $('dict-file').files[0];
    $('dict-file').value = '';
    if (!file) return;
    const text = (await file.text()).replace(/^\uFEFF/, '');
    // Lines naming an indicator already here are left out, not doubled.
    const known = new Set((entries() ?? (await dictionaryLines(dictionaryText()))).map((e) => e.name));
    const doubled = new Set((await dictionaryLines(text)).filter((e) => known.has(e.name)).map((e) => e.line));
    const fresh = text.split('\n').filter((_, line) => !doubled.has(line));
    const base = tsv && !tsv.endsWith('\n') ? tsv + '\n' : tsv;
    store(base + fresh.join('\n'));
  });
  $('dict-export').addEventListener('click', () => download(tsv));
  renderRead();
}

/** Redraws the panel's words (language switch). */
export function renderDictionary() {
  render();
}
