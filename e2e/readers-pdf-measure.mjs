// How well the PDF reader gives back a report: every sample printed to PDF
// by Chromium in three layouts (paragraphs apart, first-line indent, page
// numbers in the footer), read back by www/js/readers/pdf.js, and its rows
// compared with the rows of the .txt (indicator, canonical, value, unit,
// change, status, period). "lines only" skips the reader's joining of
// wrapped lines and leaves it all to the parser's normaliser.
//   ./build.sh web && node e2e/readers-pdf-measure.mjs
import { launch, openPage, samples } from './helpers.mjs';
const env = await launch();
const { page } = await openPage(env.context, env.url);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const layouts = {
  plain: { css: 'p{margin:0 0 .8em}', opts: {} },
  indent: { css: 'p{margin:0;text-indent:2em}', opts: {} },
  pagenum: { css: 'p{margin:0;text-indent:2em}', opts: { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:10px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>' } },
};
const rowsOf = (t) => page.evaluate(async (t) => {
  const { parseText, loadEngine } = await import('/js/engine.js');
  const { options } = await loadEngine();
  return (await parseText(t, options)).rows.map((r) => JSON.stringify([r.indicator, r.canonical, r.value, r.valueMax, r.unit, r.change, r.changeUnit, r.status, r.period]));
}, t);
function cmp(want, got) {
  const left = new Map(); for (const r of got) left.set(r, (left.get(r) ?? 0) + 1);
  let eq = 0; for (const r of want) if (left.get(r) > 0) { left.set(r, left.get(r) - 1); eq++; }
  return { eq, extra: got.length - eq };
}
for (const s of samples()) {
  const paras = s.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const want = await rowsOf(s.text);
  for (const [name, { css, opts }] of Object.entries(layouts)) {
    const p = await env.context.newPage();
    await p.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:16px;line-height:1.6;margin:0}${css}</style></head><body>${paras.map((x) => `<p>${esc(x)}</p>`).join('')}</body></html>`);
    const pdf = await p.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' }, ...opts });
    await p.close();
    const res = await page.evaluate(async (b64) => {
      const { read } = await import('/js/readers/pdf.js');
      const t0 = performance.now();
      const a = await read(Uint8Array.fromBase64(b64));
      const ms = performance.now() - t0;
      const b = await read(Uint8Array.fromBase64(b64), { join: false });
      return { joined: a.text, lines: b.text, pages: a.pages, ms };
    }, pdf.toString('base64'));
    // A space at a wrap is not drawn: compare paragraphs without spaces.
    const got = new Set(res.joined.split('\n').map((x) => x.replace(/\s/g, '')));
    const whole = paras.filter((x) => got.has(x.replace(/\s/g, ''))).length;
    const j = cmp(want, await rowsOf(res.joined));
    const l = cmp(want, await rowsOf(res.lines));
    console.log(`${s.name} ${name}: pdf ${Math.round(pdf.length / 1024)} KB, ${res.pages} pages, read ${Math.round(res.ms)} ms; paragraphs whole ${whole}/${paras.length}; rows ${want.length}: joined equal ${j.eq} extra ${j.extra}; lines-only equal ${l.eq} extra ${l.extra}`);
  }
}
await env.close();
