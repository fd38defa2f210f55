// <zhibiao-table>: the zhibiao parser as a custom element, for pages that
// are not ours (portals, intranets, analysts' tools). No framework, shadow
// DOM, themed through CSS custom properties; see docs/embedding.md.
//
// Load this file as a module script (type="module"), then write
//   <zhibiao-table src="report.txt" show-source></zhibiao-table>
//
// Text comes from the `text` property, a same-origin `src` URL, or the
// element's own text area (shown unless `src` or `hide-input` is set).
// Attributes: lang="zh|en", core-only, show-source, src, hide-input, label
// (names the table and source boxes for screen readers when a page has more
// than one element).
// Events: `zhibiao-parsed` (detail: the Report), `zhibiao-error` (detail:
// { message }). Both bubble out of the shadow root.
//
// The parser is ./pkg/zhibiao.js next to this file; a page that has loaded
// it some other way (the single-file build) sets globalThis.ZHIBIAO_ENGINE
// to a function resolving to the initialised module before this runs.

const ENGINE_URL = new URL('./pkg/zhibiao.js', import.meta.url);
// The core module does not embed its data tables (administrative
// divisions, standard indicators): they are fetched from next to it, at the
// same time, and handed over once.
const TABLES = ['./pkg/divisions.txt', './pkg/indicators.tsv'];
const TYPING_DELAY_MS = 200;

async function fetchText(path) {
  const url = new URL(path, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

async function loadCore() {
  const tables = Promise.all(TABLES.map(fetchText));
  tables.catch(() => {}); // awaited below; not unhandled if the module fails first
  const module = await import(ENGINE_URL.href);
  await module.default();
  // A module with the tables embedded (the `tables` feature) has no setTables.
  if (module.setTables) module.setTables(...(await tables));
  return module;
}

let engine = null;
function loadEngine() {
  engine ??= (globalThis.ZHIBIAO_ENGINE?.() ?? loadCore()).catch((error) => {
    engine = null; // let a later attempt retry
    throw error;
  });
  return engine;
}

const WORDS = {
  zh: {
    textLabel: '报告文本',
    placeholder: '在此粘贴报告全文……',
    loading: '正在加载解析引擎……',
    ready: '粘贴文本后即显示指标。',
    parsing: '正在解析……',
    rows: (n) => `共 ${n} 行指标`,
    none: '未找到指标。',
    error: (m) => `出错：${m}`,
    foreign: '只能读取同一网站上的文件',
    columns: ['指标', '数值', '单位', '变化', '限定', '类型', '期间'],
    status: { actual: '实际', estimate: '预计', target: '目标' },
    source: '原文对照',
    table: '指标表',
  },
  en: {
    textLabel: 'Report text',
    placeholder: 'Paste the whole report here…',
    loading: 'Loading the parser…',
    ready: 'Paste a text to see its indicators.',
    parsing: 'Parsing…',
    rows: (n) => `${n} indicator row${n === 1 ? '' : 's'}`,
    none: 'No indicators found.',
    error: (m) => `Error: ${m}`,
    foreign: 'only files on the same site can be read',
    columns: ['Indicator', 'Value', 'Unit', 'Change', 'Qualifier', 'Status', 'Period'],
    status: { actual: 'actual', estimate: 'estimate', target: 'target' },
    source: 'Source text',
    table: 'Indicators',
  },
};

const STYLE = `
:host {
  display: block;
  font: var(--zhibiao-font, 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif);
  color: var(--zhibiao-color, #1f2328);
  background: var(--zhibiao-bg, transparent);
}
:host([hidden]) { display: none; }
.input { display: grid; gap: .25rem; margin-bottom: .5rem; }
.input[hidden] { display: none; }
textarea {
  font: inherit; min-height: 8em; resize: vertical; padding: .5rem;
  border: 1px solid var(--zhibiao-border, #d0d7de); border-radius: var(--zhibiao-radius, 4px);
  background: var(--zhibiao-input-bg, #fff); color: inherit;
}
textarea:focus-visible, tr:focus-visible { outline: 2px solid var(--zhibiao-accent, #a61b29); outline-offset: 1px; }
.status { margin: .25rem 0; color: var(--zhibiao-muted, #57606a); }
.status.error { color: var(--zhibiao-error, #b42318); }
.wrap { overflow: auto; max-height: var(--zhibiao-max-height, 32rem); border: 1px solid var(--zhibiao-border, #d0d7de); border-radius: var(--zhibiao-radius, 4px); }
table { border-collapse: collapse; width: 100%; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--zhibiao-border, #d0d7de); text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: var(--zhibiao-header-bg, #a61b29); color: var(--zhibiao-header-color, #fff); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.qualifier { white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--zhibiao-stripe, rgba(0, 0, 0, .03)); }
:host([show-source]) tbody tr { cursor: pointer; }
tbody tr.selected { background: var(--zhibiao-selected, rgba(166, 27, 41, .12)); }
.source { margin-top: .5rem; white-space: pre-wrap; overflow: auto; max-height: var(--zhibiao-max-height, 32rem);
  padding: .5rem; border: 1px solid var(--zhibiao-border, #d0d7de); border-radius: var(--zhibiao-radius, 4px); }
.source[hidden] { display: none; }
.source .title { margin: 0 0 .25rem; font-weight: 700; }
/* Both boxes scroll: focusable (tabindex), so the keyboard scrolls them too. */
.wrap:focus-visible, .source:focus-visible { outline: 2px solid var(--zhibiao-accent, #a61b29); outline-offset: 1px; }
mark { background: var(--zhibiao-mark-bg, #fff1a8); color: inherit; }
mark.active { background: var(--zhibiao-mark-active-bg, #ffd33d); outline: 2px solid var(--zhibiao-accent, #a61b29); }
`;

let sharedSheet = null;
function sheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLE);
  }
  return sharedSheet;
}

/**
 * The shown cells of a row, in WORDS.columns order: value, change and
 * qualifier as the library wrote them for the element's language
 * (`row.cells`: the parse's, render/cells.rs), as the page's table shows them.
 */
function rowTexts(row, words) {
  const [value, change, qualifier] = row.cells ?? ['', '', ''];
  return [
    row.canonical ?? row.indicator,
    value,
    row.unit ?? '',
    change,
    qualifier,
    words.status[row.status] ?? row.status,
    row.period ?? '',
  ];
}

export class ZhibiaoTable extends HTMLElement {
  static observedAttributes = ['lang', 'core-only', 'show-source', 'src', 'hide-input', 'label'];

  #text = '';
  #report = null;
  #seq = 0;
  #typingTimer = 0;
  #marks = [];
  #started = false;
  #dom;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // A constructed sheet, not a <style> element: host pages whose CSP has
    // no 'unsafe-inline' for styles still style the element.
    root.adoptedStyleSheets = [sheet()];
    root.innerHTML = `<label class="input" part="input"><span class="label"></span><textarea part="textarea" spellcheck="false"></textarea></label>
<p class="status" part="status" role="status" aria-live="polite"></p>
<div class="wrap" part="table-wrap" role="region" tabindex="0"><table part="table"><thead><tr></tr></thead><tbody></tbody></table></div>
<div class="source" part="source" role="region" tabindex="0" hidden><p class="title"></p><div class="text"></div></div>`;
    const $ = (selector) => root.querySelector(selector);
    this.#dom = {
      input: $('.input'),
      label: $('.label'),
      area: $('textarea'),
      status: $('.status'),
      head: $('thead tr'),
      body: $('tbody'),
      source: $('.source'),
      wrap: $('.wrap'),
      sourceHeading: $('.source .title'),
      sourceText: $('.source .text'),
    };
    this.#dom.area.addEventListener('input', () => {
      this.#text = this.#dom.area.value;
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => this.#parse(), TYPING_DELAY_MS);
    });
    this.#dom.body.addEventListener('click', (e) => this.#select(e.target.closest('tr')));
    this.#dom.body.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.#select(e.target.closest('tr'));
      }
    });
  }

  /** The text being parsed. Setting it parses it (and fills the text area). */
  get text() {
    return this.#text;
  }

  set text(value) {
    this.#text = String(value ?? '');
    this.#dom.area.value = this.#text;
    this.#parse();
  }

  /** The last Report, or null. */
  get report() {
    return this.#report;
  }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    // A `text` set before this class was defined is an own property that
    // hides the accessor: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'text')) {
      const value = this.text;
      delete this.text;
      this.#text = String(value ?? '');
      this.#dom.area.value = this.#text;
    }
    this.#applyWords();
    this.#applyInputVisibility();
    if (this.hasAttribute('src')) this.#load(this.getAttribute('src'));
    // Nothing to parse yet: no engine load, no event.
    else if (this.#text.trim()) this.#parse();
    else this.#render();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    // Until the first connection the attributes are read there, all at once.
    if (oldValue === newValue || !this.#started) return;
    if (name === 'label') {
      this.#applyWords();
      this.#render();
    } else if (name === 'lang') {
      // The cells are written in the language of the parse.
      this.#applyWords();
      this.#render();
      if (this.#text.trim()) this.#parse();
    } else if (name === 'core-only') {
      if (this.#text.trim()) this.#parse();
    } else if (name === 'show-source') {
      this.#render();
    } else if (name === 'src') {
      this.#applyInputVisibility();
      this.#load(newValue);
    } else if (name === 'hide-input') {
      this.#applyInputVisibility();
    }
  }

  get #words() {
    return (this.getAttribute('lang') ?? '').toLowerCase().startsWith('en') ? WORDS.en : WORDS.zh;
  }

  #applyWords() {
    const words = this.#words;
    this.#dom.label.textContent = words.textLabel;
    this.#dom.area.placeholder = words.placeholder;
    this.#dom.sourceHeading.textContent = words.source;
    // The scrolled boxes are named regions (focusable, so keys scroll them).
    const label = this.getAttribute('label');
    const name = (what) => (label ? `${what}：${label}` : what);
    this.#dom.wrap.setAttribute('aria-label', name(words.table));
    this.#dom.source.setAttribute('aria-label', name(words.source));
    this.#dom.head.replaceChildren(
      ...words.columns.map((title) => {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = title;
        return th;
      }),
    );
  }

  #applyInputVisibility() {
    this.#dom.input.hidden = this.hasAttribute('src') || this.hasAttribute('hide-input');
  }

  async #load(src) {
    if (!src) return;
    const seq = ++this.#seq;
    try {
      const url = new URL(src, document.baseURI);
      // The text goes nowhere, but reading other sites' files is not this element's job.
      if (url.origin !== location.origin) throw new Error(`${this.#words.foreign}: ${url.origin}`);
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${url.pathname}`);
      const text = await response.text();
      if (seq !== this.#seq) return;
      this.#text = text;
      this.#dom.area.value = text;
      await this.#parse();
    } catch (error) {
      if (seq === this.#seq) this.#fail(error);
    }
  }

  async #parse() {
    const seq = ++this.#seq;
    const words = this.#words;
    this.#setStatus(engine ? words.parsing : words.loading);
    try {
      const { parseToJson } = await loadEngine();
      if (seq !== this.#seq) return;
      const lang = this.#words === WORDS.en ? 'en' : 'zh';
      this.#report = JSON.parse(parseToJson(this.#text, { coreOnly: this.hasAttribute('core-only'), lang }));
      this.#render();
      this.dispatchEvent(new CustomEvent('zhibiao-parsed', { detail: this.#report, bubbles: true, composed: true }));
    } catch (error) {
      if (seq === this.#seq) this.#fail(error);
    }
  }

  #fail(error) {
    const message = error?.message ?? String(error);
    this.#report = null;
    this.#render();
    this.#setStatus(this.#words.error(message), true);
    this.dispatchEvent(new CustomEvent('zhibiao-error', { detail: { message }, bubbles: true, composed: true }));
  }

  #setStatus(message, isError = false) {
    this.#dom.status.textContent = message;
    this.#dom.status.classList.toggle('error', isError);
  }

  #render() {
    const words = this.#words;
    const rows = this.#report?.rows ?? [];
    const selectable = this.hasAttribute('show-source');
    const fragment = document.createDocumentFragment();
    rows.forEach((row, index) => {
      const tr = document.createElement('tr');
      tr.dataset.index = String(index);
      tr.title = row.evidence;
      if (selectable) tr.tabIndex = 0;
      rowTexts(row, words).forEach((text, col) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (col === 1 || col === 3) td.className = 'num';
        else if (col === 4) td.className = 'qualifier';
        tr.append(td);
      });
      fragment.append(tr);
    });
    this.#dom.body.replaceChildren(fragment);
    if (!this.#report || !this.#text.trim()) this.#setStatus(this.#text.trim() ? words.parsing : words.ready);
    else this.#setStatus(rows.length ? words.rows(rows.length) : words.none);
    this.#renderSource(selectable && this.#report ? rows : null);
  }

  // The text with every row's evidence marked; rows whose evidence overlaps
  // an earlier one share its mark.
  #renderSource(rows) {
    this.#dom.source.hidden = !rows;
    this.#marks = [];
    if (!rows) {
      this.#dom.sourceText.replaceChildren();
      return;
    }
    const text = this.#text;
    const order = rows.map((_, i) => i).sort((a, b) => rows[a].start - rows[b].start);
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    let last = null;
    for (const i of order) {
      const { start, end } = rows[i];
      if (start >= cursor && end > start) {
        fragment.append(text.slice(cursor, start));
        last = document.createElement('mark');
        last.textContent = text.slice(start, end);
        fragment.append(last);
        cursor = end;
      }
      this.#marks[i] = last;
    }
    fragment.append(text.slice(cursor));
    this.#dom.sourceText.replaceChildren(fragment);
  }

  #select(tr) {
    if (!tr || !this.hasAttribute('show-source')) return;
    for (const old of this.shadowRoot.querySelectorAll('.selected, mark.active')) old.classList.remove('selected', 'active');
    tr.classList.add('selected');
    const mark = this.#marks[Number(tr.dataset.index)];
    if (!mark) return;
    mark.classList.add('active');
    const box = this.#dom.source;
    box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
  }
}

if (!customElements.get('zhibiao-table')) customElements.define('zhibiao-table', ZhibiaoTable);
