// The files people have: .docx, saved web pages (.html) and PDF, each read
// by a module fetched only when such a file is opened. Every file is made
// here: the .docx by a small zip writer, the PDF by Chromium's print to PDF
// of a sample report, the scanned PDF from a canvas image (no text layer).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, openPage, waitForTable, samples, WWW, ARTIFACTS } from '../helpers.mjs';

const errorShown = (page) => page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const SAMPLE = samples()[1];
const paragraphsOf = (text) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

// ---------- files made for the test ----------

/** A zip archive of `files` (name → string or Buffer), deflated, as Word writes them. */
function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const packed = zlib.deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A .docx of `paragraphs`, each cut into runs of 7 chars (Word splits runs at
 * every change of format), with a deleted revision, a field code, a table and
 * a text box whose fallback copy must not be read twice.
 */
function makeDocx(paragraphs) {
  const runs = (text) =>
    (text.match(/.{1,7}/gsu) ?? [])
      .map((part) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${xmlEscape(part)}</w:t></w:r>`)
      .join('');
  const body = paragraphs
    .map(
      (p, i) =>
        `<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>${runs(p)}` +
        (i === 0 ? '<w:del w:id="1" w:author="x"><w:r><w:delText>删去的文字增长99%</w:delText></w:r></w:del>' : '') +
        (i === 1 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE 77 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' : '') +
        '</w:p>',
    )
    .join('');
  const table =
    '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
    '<w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr>' +
    '<w:tr><w:tc><w:p><w:r><w:t>表格单元</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r><w:r><w:tab/><w:t>亿元</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
  const textBox =
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' +
    '<w:p><w:r><w:t>文本框里的话</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>' +
    '<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的话</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>' +
    '</mc:AlternateContent></w:r></w:p>';
  // Word's automatic numbering, by paragraph (list 1) and by style (标题1 → list 2).
  const numbered = (text, ilvl, numId = 1) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const lists =
    '<w:p><w:pPr><w:pStyle w:val="a1"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>' +
    numbered('主要目标', 1) +
    numbered('重点任务', 1) +
    numbered('第一项', 2) +
    numbered('第二项', 2) +
    '<w:p><w:pPr><w:pStyle w:val="a1"/></w:pPr><w:r><w:t>工作安排</w:t></w:r></w:p>' +
    numbered('分工', 1) +
    numbered('GDP growth', 2) +
    numbered('不编号', 0, 0);
  const level = (ilvl, format, text) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  const styles =
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
    '<w:style w:type="paragraph" w:styleId="a0"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="标题1"/><w:basedOn w:val="a0"/></w:style></w:styles>';
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">' +
    `<w:body>${body}${table}${textBox}${lists}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': document,
    'word/numbering.xml': numbering,
    'word/styles.xml': styles,
  });
}

/** An HTML page of `paragraphs` as a site would serve it: navigation, scripts, styles, hidden parts. */
function makeHtml(paragraphs, charset) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">` +
    '<title>页面标题不进正文</title><style>body{color:red} .x:before{content:"样式里的字"}</style>' +
    '<script>window.__readerRan = true; document.title = "脚本里的字增长88%";</script></head><body>' +
    '<div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>' +
    '<img src="/should-not-load.png" onerror="window.__readerRan = true" alt="">' +
    '<div id="content">' +
    paragraphs.map((p) => `<p>\n  ${esc(p)}\n</p>`).join('\n') +
    '<table><tr><td>指标</td><td>数值</td></tr><tr><td>表格单元</td><td>12 亿元</td></tr></table>' +
    '</div><div hidden>隐藏的字增长77%</div><div style="display: none">也隐藏增长66%</div>' +
    '<noscript>请开启脚本</noscript><script>document.write("写入的字")</script></body></html>'
  );
}

/** The PDF Chromium prints of `paragraphs` (A4, its own fonts embedded, page numbers at the foot). */
async function printPdf(context, paragraphs) {
  const page = await context.newPage();
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.setContent(
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>' +
      'body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;font-size:16px;line-height:1.6;margin:0}' +
      'p{margin:0 0 .8em}</style></head><body>' +
      paragraphs.map((p) => `<p>${esc(p)}</p>`).join('') +
      '</body></html>',
  );
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:10px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
  });
  await page.close();
  return pdf;
}

/** A "scanned" PDF: the text drawn on a canvas, printed as an image only; `before` text pages ahead of it. */
async function printScan(context, paragraphs, before = []) {
  const page = await context.newPage();
  await page.setContent('<!doctype html><html><body style="margin:0"><canvas id="c" width="700" height="900"></canvas></body></html>');
  const src = await page.evaluate((lines) => {
    const canvas = document.getElementById('c');
    const g = canvas.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#000';
    g.font = '18px sans-serif';
    lines.forEach((line, i) => g.fillText(line.slice(0, 36), 20, 40 + i * 28));
    return canvas.toDataURL('image/png');
  }, paragraphs.slice(0, 25));
  const text = before.map((p) => `<p style="break-after:page">${p}</p>`).join('');
  await page.setContent(`<!doctype html><html><body style="margin:0">${text}<img src="${src}" width="700" height="900"></body></html>`);
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

// ---------- in the page ----------

const isReaderModule = (p) => /\/js\/readers\/(docx|html|pdf|zip)\.js$/.test(p);
const isPdfjs = (p) => p.includes('/pkg/pdfjs/');

/** Opens `buffer` as the file `name` through the page's file input; waits for the table or an error. */
async function openThroughInput(page, name, buffer, mimeType) {
  // A message left from an earlier file must not count as this one's.
  await page.$eval('#error', (e) => {
    e.hidden = true;
    e.textContent = '';
  });
  const before = await page.$eval('#status', (s) => s.textContent);
  const started = Date.now();
  await page.setInputFiles('#file', { name, mimeType, buffer });
  await page.waitForFunction(
    (prev) => {
      const error = document.getElementById('error');
      const status = document.getElementById('status').textContent;
      return (!error.hidden && error.textContent !== '') || (status !== prev && /\d/.test(status) && !/……|…$/.test(status));
    },
    before,
    { timeout: 60_000 },
  );
  return Date.now() - started;
}

/** The text the reader gives for `buffer`, and its rows by the page's parser (key fields). */
async function readInPage(page, name, buffer, options = {}) {
  return page.evaluate(
    async ({ name, base64, options }) => {
      const file = new File([Uint8Array.fromBase64(base64)], name);
      const started = performance.now();
      let text;
      let encoding;
      if (options.lines) {
        const { read } = await import('/js/readers/pdf.js');
        ({ text } = await read(new Uint8Array(await file.arrayBuffer()), { join: false }));
        encoding = 'PDF lines';
      } else {
        const { readFile } = await import('/js/readers/open.js');
        ({ text, encoding } = await readFile(file));
      }
      const readMs = performance.now() - started;
      return { text, encoding, readMs };
    },
    { name, base64: buffer.toString('base64'), options },
  );
}

async function rowsOf(page, text) {
  return page.evaluate(async (t) => {
    const { parseText, loadEngine } = await import('/js/engine.js');
    const { options } = await loadEngine();
    const report = await parseText(t, options);
    return report.rows.map((r) =>
      JSON.stringify([r.indicator, r.canonical, r.value, r.valueMax, r.unit, r.change, r.changeUnit, r.status, r.period]),
    );
  }, text);
}

/** How many of `want` rows `got` has (as a multiset), and the ones missing / extra. */
function compareRows(want, got) {
  const left = new Map();
  for (const r of got) left.set(r, (left.get(r) ?? 0) + 1);
  const missing = [];
  for (const r of want) {
    if (left.get(r) > 0) left.set(r, left.get(r) - 1);
    else missing.push(r);
  }
  const extra = [...left].flatMap(([r, n]) => Array(n).fill(r));
  return { equal: want.length - missing.length, missing, extra };
}

function report(name, figures) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `readers-${name}.json`), JSON.stringify(figures, null, 1));
  console.log(`# ${name}: ${JSON.stringify(figures)}`);
}

// ---------- tests ----------

test('the readers are not in the pre-cache, pdf.js is fetched only when a PDF is opened', async () => {
  const assets = fs.readFileSync(path.join(WWW, 'pkg', 'assets.js'), 'utf8');
  const build = JSON.parse(assets.slice(assets.indexOf('{'), assets.lastIndexOf('}') + 1));
  assert.deepEqual(build.assets.filter((a) => isReaderModule('/' + a) || isPdfjs('/' + a)), []);
  assert.ok(build.lazy.includes('js/readers/docx.js'));
  assert.ok(build.lazy.includes('pkg/pdfjs/pdf.worker.min.mjs'));

  const { page, problems } = await openPage(env.context, env.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1000);
  assert.deepEqual(env.requests.filter(isPdfjs), [], 'pdf.js not fetched before a PDF is opened');
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('.docx: the paragraphs in order give the rows of the text', async () => {
  const paragraphs = paragraphsOf(SAMPLE.text);
  const docx = makeDocx(paragraphs);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'readers-sample.docx'), docx);
  const { page, problems } = await openPage(env.context, env.url);

  const { text, encoding, readMs } = await readInPage(page, 'report.docx', docx);
  assert.equal(encoding, 'DOCX');
  const lines = text.split('\n');
  assert.deepEqual(lines.slice(0, paragraphs.length), paragraphs, 'one line per paragraph, runs joined');
  assert.deepEqual(lines.slice(paragraphs.length), [
    '指标\t数值',
    '表格单元\t12\t亿元',
    '文本框里的话',
    '一、总体要求',
    '（一）主要目标',
    '（二）重点任务',
    '1.第一项',
    '2.第二项',
    '二、工作安排',
    '（一）分工',
    '1. GDP growth',
    '不编号',
  ]);
  assert.ok(!text.includes('删去的文字') && !text.includes('PAGE 77'), 'no deleted text, no field code');

  const want = await rowsOf(page, SAMPLE.text);
  const got = await rowsOf(page, paragraphs.join('\n'));
  assert.deepEqual(compareRows(want, got).missing, []);

  // Through the page: the module is fetched on demand, the table appears.
  await openThroughInput(page, '报告.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  await waitForTable(page);
  assert.match(await page.$eval('#status', (s) => s.textContent), /DOCX/);
  assert.ok((await page.$$('#body tr')).length > 0);
  assert.ok(env.requests.some((p) => p.endsWith('/js/readers/docx.js')));
  assert.deepEqual(problems.pageErrors, []);
  report('docx', { paragraphs: paragraphs.length, rows: want.length, readMs: Math.round(readMs) });
  await page.close();
});

test('.html saved in GBK: the body text, no script run, nothing inserted or fetched', async () => {
  const paragraphs = paragraphsOf(SAMPLE.text);
  const utf8 = makeHtml(paragraphs, 'gbk');
  // GBK bytes, encoded by the browser's own tables via a round trip.
  const { page, problems } = await openPage(env.context, env.url);
  const gbk = Buffer.from(
    await page.evaluate(async (s) => {
      // TextEncoder writes UTF-8 only: build GBK from GB18030's decoder (every GBK char is one of 2 bytes).
      const table = new Map();
      const dec = new TextDecoder('gbk');
      for (let a = 0x81; a <= 0xfe; a++) {
        for (let b = 0x40; b <= 0xfe; b++) {
          if (b === 0x7f) continue;
          const ch = dec.decode(new Uint8Array([a, b]));
          if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
        }
      }
      const out = [];
      for (const ch of s) {
        const code = ch.codePointAt(0);
        if (code < 0x80) out.push(code);
        else if (table.has(ch)) out.push(...table.get(ch));
        else throw new Error(`no GBK for ${ch}`);
      }
      return out;
    }, utf8),
  );
  assert.ok(gbk.length < Buffer.byteLength(utf8), 'GBK is shorter than UTF-8 for Chinese');

  const { text, encoding } = await readInPage(page, 'report.htm', gbk);
  assert.equal(encoding, 'HTML, GBK');
  const lines = text.split('\n');
  assert.deepEqual(lines[0], '首页 > 政务公开');
  assert.deepEqual(lines.slice(1, 1 + paragraphs.length), paragraphs, 'one line per paragraph, spaces collapsed');
  assert.deepEqual(lines.slice(1 + paragraphs.length), ['指标\t数值', '表格单元\t12 亿元']);
  for (const hidden of ['页面标题', '样式里的字', '脚本里的字', '隐藏的字', '也隐藏', '请开启脚本', '写入的字']) {
    assert.ok(!text.includes(hidden), hidden);
  }
  const want = await rowsOf(page, SAMPLE.text);
  const got = await rowsOf(page, text);
  assert.deepEqual(compareRows(want, got).missing, []);

  await openThroughInput(page, '报告.html', gbk, 'text/html');
  await waitForTable(page);
  assert.match(await page.$eval('#status', (s) => s.textContent), /HTML, GBK/);
  assert.equal(await page.evaluate(() => window.__readerRan), undefined, 'no script of the file ran');
  assert.deepEqual(env.requests.filter((p) => p.includes('should-not-load')), [], 'nothing of the file fetched');
  assert.equal(await page.$$eval('img[src*="should-not-load"]', (els) => els.length), 0);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('.pdf printed by Chromium: lines joined, the rows of the text', async () => {
  const paragraphs = paragraphsOf(SAMPLE.text);
  const pdf = await printPdf(env.context, paragraphs);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'readers-sample.pdf'), pdf);
  const { page, problems } = await openPage(env.context, env.url);
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));

  const first = await readInPage(page, 'report.pdf', pdf);
  assert.ok(
    workers.some((u) => u.endsWith('/pkg/pdfjs/pdf.worker.min.mjs')),
    `pdf.js parses in its own same-origin worker, not on the main thread: ${workers}`,
  );
  const again = await readInPage(page, 'report.pdf', pdf);
  assert.equal(first.encoding, 'PDF');
  // Every paragraph comes out whole: its wrapped lines joined (a space at a
  // wrap is not drawn, so spaces are not compared).
  const squeeze = (s) => s.replace(/\s/g, '');
  const got = new Set(first.text.split('\n').map(squeeze));
  const whole = paragraphs.filter((p) => got.has(squeeze(p)));
  const lines = await readInPage(page, 'report.pdf', pdf, { lines: true });

  const want = await rowsOf(page, SAMPLE.text);
  const joined = compareRows(want, await rowsOf(page, first.text));
  const byNormaliser = compareRows(want, await rowsOf(page, lines.text));
  report('pdf', {
    pdfBytes: pdf.length,
    paragraphs: paragraphs.length,
    paragraphsWhole: whole.length,
    pdfLines: lines.text.split('\n').length,
    rows: want.length,
    rowsEqual: joined.equal,
    rowsMissing: joined.missing.length,
    rowsExtra: joined.extra.length,
    linesOnlyRowsEqual: byNormaliser.equal,
    linesOnlyRowsExtra: byNormaliser.extra.length,
    firstReadMs: Math.round(first.readMs),
    laterReadMs: Math.round(again.readMs),
  });
  assert.equal(whole.length, paragraphs.length, `paragraphs not whole: ${paragraphs.filter((p) => !got.has(squeeze(p))).slice(0, 3)}`);
  assert.deepEqual(joined.missing, []);
  assert.deepEqual(joined.extra, []);

  // Through the page, in a fresh tab: file chosen → table shown, the first
  // time (pdf.js fetched, from the service worker's cache when it has it) and again.
  const fresh = await openPage(env.context, env.url);
  const firstOpenMs = await openThroughInput(fresh.page, '报告.pdf', pdf, 'application/pdf');
  await waitForTable(fresh.page);
  const laterOpenMs = await openThroughInput(fresh.page, '报告2.pdf', pdf, 'application/pdf');
  await waitForTable(fresh.page);
  report('pdf-open', { firstOpenMs, laterOpenMs });
  await fresh.page.close();

  await openThroughInput(page, '报告.pdf', pdf, 'application/pdf');
  await waitForTable(page);
  assert.match(await page.$eval('#status', (s) => s.textContent), /PDF/);
  assert.ok((await page.$$('#body tr')).length > 0);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  // pdf.js and its worker run under the page's CSP: nothing refused.
  assert.deepEqual(problems.consoleErrors.filter((e) => /Content Security Policy|Refused/i.test(e)), []);
  await page.close();
});

test('PDF geometry: wraps joined, short lines, indents, gaps and font changes kept as breaks', async () => {
  const { page } = await openPage(env.context, env.url);
  const result = await page.evaluate(async () => {
    const { linesOf, paragraphs, undecodable, dropPageNumbers } = await import('/js/readers/pdf.js');
    // Text items as pdf.js gives them: 12 pt, a 20-char column from x=70 to x=310, 18 pt pitch.
    const item = (str, x, y, size = 12, em = 1) => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * em, height: size, hasEOL: false });
    const items = [
      item('第一段第一行写满了整整二十个字的宽度呀', 70, 700), // 19 chars: short by one (a held 。)
      item('。第一段第二行，', 70, 682),
      item('没有写满。', 166, 682), // same line, second item
      item('缩进的第二段开头写到了右边的边距为止', 94, 664), // indented: a new paragraph
      item('第二段接着写完了。', 70, 646),
      item('隔了一段空白的第三段写满二十个字的宽度啊', 70, 610), // gap of two lines: a new paragraph
      item('标题字号不同', 70, 592, 16), // another size: a heading
      item('Revenue of the whole city rose by 5.2% in', 70, 574, 12, 0.5), // Latin: joined with a space
      item('the year.', 70, 556, 12, 0.5),
    ];
    const lines = linesOf(items);
    return {
      lines: lines.map((l) => l.text),
      paragraphs: paragraphs(lines),
      garbled: [undecodable('\uE001\uE002\uE003增长'), undecodable('增长5.2%\uFFFD'), undecodable('')],
      pageNumbers: [
        ['— 3 —', '正文', '第 4 页 共 12 页'],
        ['3', '正文', '- 12 -'],
        ['2024', '正文', '3/12'],
        ['正文', '增长5%'],
      ].map((texts) => dropPageNumbers(texts.map((text) => ({ text }))).map((l) => l.text)),
    };
  });
  assert.deepEqual(result.lines, [
    '第一段第一行写满了整整二十个字的宽度呀',
    '。第一段第二行，没有写满。',
    '缩进的第二段开头写到了右边的边距为止',
    '第二段接着写完了。',
    '隔了一段空白的第三段写满二十个字的宽度啊',
    '标题字号不同',
    'Revenue of the whole city rose by 5.2% in',
    'the year.',
  ]);
  assert.deepEqual(result.paragraphs, [
    '第一段第一行写满了整整二十个字的宽度呀。第一段第二行，没有写满。',
    '缩进的第二段开头写到了右边的边距为止第二段接着写完了。',
    '隔了一段空白的第三段写满二十个字的宽度啊',
    '标题字号不同',
    'Revenue of the whole city rose by 5.2% in the year.',
  ]);
  assert.deepEqual(result.garbled, [true, false, false]);
  assert.deepEqual(result.pageNumbers, [['正文'], ['正文'], ['2024', '正文'], ['正文', '增长5%']]);
  await page.close();
});

test('a scanned PDF (no text layer) gets a clear message, not an empty table', async () => {
  const scan = await printScan(env.context, paragraphsOf(SAMPLE.text));
  const { page, problems } = await openPage(env.context, env.url);
  await openThroughInput(page, '扫描件.pdf', scan, 'application/pdf');
  const error = await page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));
  assert.match(error, /没有文字层/);
  assert.match(error, /OCR/);

  // Text pages and a scanned one: the text is read, the status says a page was not.
  const mixed = await printScan(env.context, paragraphsOf(SAMPLE.text), ['2024年，全区地区生产总值增长5.2%。']);
  await openThroughInput(page, '部分扫描.pdf', mixed, 'application/pdf');
  await waitForTable(page);
  assert.match(await page.$eval('#status', (s) => s.textContent), /PDF, 1 页没有文字层/);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('offline: a reader used once, or cached while idle, still opens files', async () => {
  const paragraphs = paragraphsOf(SAMPLE.text).slice(0, 6);
  const pdf = await printPdf(env.context, paragraphs);
  const docx = makeDocx(paragraphs);
  const { page } = await openPage(env.context, env.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await openThroughInput(page, 'a.pdf', pdf, 'application/pdf');
  // The idle pre-cache of the small readers.
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    for (const n of names) if (await (await caches.open(n)).match('js/readers/docx.js')) return true;
    return false;
  });

  await env.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => document.getElementById('version').textContent !== '');
    for (const [name, bytes, type] of [
      ['b.docx', docx, 'application/octet-stream'],
      ['b.pdf', pdf, 'application/pdf'],
    ]) {
      await openThroughInput(page, name, bytes, type);
      const error = await page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));
      assert.equal(error, '', `${name} offline`);
      await waitForTable(page);
    }
  } finally {
    await env.context.setOffline(false);
  }
  await page.close();
});

test('files that give no text: an old .doc, a broken .docx, an offline first PDF', async () => {
  const { page, problems } = await openPage(env.context, env.url);
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
  await openThroughInput(page, '报告.doc', ole, 'application/msword');
  assert.match(await errorShown(page), /另存为 \.docx/);
  await openThroughInput(page, '坏的.docx', Buffer.from('PK\x03\x04 not really a zip'), 'application/octet-stream');
  assert.match(await errorShown(page), /不是有效的 \.docx/);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();

  // A browser that never opened a PDF, offline: pdf.js is not there, and
  // the message says so in words.
  const other = await launch();
  try {
    const fresh = await openPage(other.context, other.url);
    await fresh.page.evaluate(() => navigator.serviceWorker.ready);
    await fresh.page.reload();
    await fresh.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await other.context.setOffline(true);
    const pdf = await printPdf(env.context, ['2024年，地区生产总值增长5%。']);
    await openThroughInput(fresh.page, '离线.pdf', pdf, 'application/pdf');
    assert.match(await errorShown(fresh.page), /尚未下载.*联网后打开一次/);
    // Back online, the same file opens: nothing of the failed try is kept.
    await other.context.setOffline(false);
    await openThroughInput(fresh.page, '联网.pdf', pdf, 'application/pdf');
    assert.equal(await errorShown(fresh.page), '');
    await waitForTable(fresh.page);
  } finally {
    await other.close();
  }
});
