// Builds the panel off the main thread: {id, texts, files, options} in
// (options.dictionary: the user's own indicators, as the page parses with),
// {id, panel} or {id, error} out.
// The panel is in the second, on-demand module (the core one only parses).
import init, { panelToJson } from '../../pkg/zhibiao_xlsx.js';

/** `panel(texts, files)` → {reports, cells} (the wasm gives JSON text). */
export const panel = (texts, files, options) => JSON.parse(panelToJson(texts, files, options));

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const t0 = performance.now();
    const result = panel(data.texts, data.files, data.options ?? null);
    self.postMessage({ id: data.id, panel: result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
