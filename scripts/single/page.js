// The single-file page: file and sample in, CSV and TSV out, around
// <zhibiao-table>. CSV and TSV come from the wasm's render() (the CLI's bytes).
const $ = (id) => document.getElementById(id);
const table = $('table');

function say(text) {
  $('message').textContent = text;
}

/** UTF-8, UTF-16 with a BOM, else GB18030 (a superset of GBK). */
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function fileName(extension) {
  const title = (table.report?.meta.title ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 80);
  return `${title || 'zhibiao'}.${extension}`;
}

function download(content, type, extension) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(extension);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(`已下载 ${a.download}`);
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // file:// pages may have no async clipboard: the selection way.
    const area = Object.assign(document.createElement('textarea'), { value: text });
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  say(`已复制 ${table.report.rows.length} 行，可粘贴到 Excel/WPS`);
}

$('open').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', async () => {
  const file = $('file').files[0];
  if (!file) return;
  table.text = decode(new Uint8Array(await file.arrayBuffer()));
  say(`已打开 ${file.name}`);
  $('file').value = '';
});
$('sample').addEventListener('click', () => {
  table.text = $('zhibiao-sample').textContent;
});
async function rendered(format) {
  return (await globalThis.ZHIBIAO_ENGINE()).render(table.report, format);
}

$('csv').addEventListener('click', async () => download(await rendered('csv'), 'text/csv;charset=utf-8', 'csv'));
$('tsv').addEventListener('click', async () => copy(await rendered('tsv')));
table.addEventListener('zhibiao-parsed', (e) => {
  for (const id of ['csv', 'tsv']) $(id).disabled = e.detail.rows.length === 0;
});
