// The bridge between embed.html and the page that frames it.
//
// The host names itself in the URL: embed.html?origin=https://portal.example
// (also: lang=en, core-only, show-source, hide-input, as on <zhibiao-table>).
// Messages go only to that origin, and only messages from that origin, sent
// by the framing window, are read. Without `origin` the page works on its
// own and sends nothing. Every message has `source: 'zhibiao'`:
//
//   host → frame  { source, type: 'parse', id, text, options: { coreOnly } }
//   frame → host  { source, type: 'ready' }
//                 { source, type: 'result', id, report }   (id null: the user typed)
//                 { source, type: 'error', id, message }
//                 { source, type: 'height', height }       (px, to size the iframe)
const SOURCE = 'zhibiao';
const ATTRIBUTES = ['lang', 'core-only', 'show-source', 'hide-input'];

const params = new URLSearchParams(location.search);
const table = /** @type {HTMLElement & { text: string }} */ (document.getElementById('table'));
const host = hostOrigin(params.get('origin'));
let pendingId = null;

/** The origin given, if it is exactly an http(s) origin; else null. */
function hostOrigin(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

function post(message) {
  if (host && window.parent !== window) window.parent.postMessage({ source: SOURCE, ...message }, host);
}

function onMessage(event) {
  if (!host || event.origin !== host || event.source !== window.parent) return;
  const data = event.data;
  if (data?.source !== SOURCE || data.type !== 'parse' || typeof data.text !== 'string') return;
  pendingId = data.id ?? null;
  // Options the message leaves out keep the URL's setting.
  const coreOnly = data.options?.coreOnly;
  if (typeof coreOnly === 'boolean') table.toggleAttribute('core-only', coreOnly);
  table.text = data.text;
}

function takeId() {
  const id = pendingId;
  pendingId = null;
  return id;
}

for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null && value !== 'false') table.setAttribute(name, value);
}
document.documentElement.lang = params.get('lang')?.startsWith('en') ? 'en' : 'zh-CN';
if (document.documentElement.lang === 'en') {
  document.querySelector('h1').textContent = 'zhibiao · indicators from reports';
  document.querySelector('main').setAttribute('aria-label', 'zhibiao');
}
table.addEventListener('zhibiao-parsed', (e) => post({ type: 'result', id: takeId(), report: e.detail }));
table.addEventListener('zhibiao-error', (e) => post({ type: 'error', id: takeId(), message: e.detail.message }));
window.addEventListener('message', onMessage);
// The content's own height: the document's scrollHeight never drops below the
// frame's, so a frame sized by it could only ever grow.
function contentHeight() {
  const style = getComputedStyle(document.body);
  return Math.ceil(document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
}
new ResizeObserver(() => post({ type: 'height', height: contentHeight() })).observe(document.body);
post({ type: 'ready' });
