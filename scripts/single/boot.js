// The parser from this file itself: the wasm-bindgen glue (a module) is
// imported from a blob: URL and given the inlined wasm bytes, so nothing is
// fetched. <zhibiao-table> calls this instead of loading ./pkg/zhibiao.js.
let loaded = null;
globalThis.ZHIBIAO_ENGINE = () =>
  (loaded ??= load().catch((error) => {
    loaded = null; // let a later attempt retry
    throw error;
  }));

async function load() {
  const glue = document.getElementById('zhibiao-glue').textContent;
  const url = URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }));
  try {
    const engine = await import(url);
    const base64 = document.getElementById('zhibiao-wasm').textContent.trim();
    engine.initSync({ module: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) });
    return engine;
  } finally {
    URL.revokeObjectURL(url);
  }
}
