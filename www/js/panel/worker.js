// Builds the panel off the main thread: {id, texts, files, options, lang} in
// (options.dictionary: the user's own indicators, as the page parses with),
// {id, panel, shown, ms} or {id, error} out; `shown`: what the table writes
// of each cell ([target, estimate, actual, gap] in the page's language `lang`,
// by the library: panel/render.rs).
// The panel is in the second, on-demand module (the core one only parses).
/// <reference lib="webworker" />
import init, { panelToJson, panelTexts } from '../../pkg/zhibiao_xlsx.js';

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const t0 = performance.now();
    const json = panelToJson(data.texts, data.files, data.options ?? null);
    const shown = JSON.parse(panelTexts(json, data.lang ?? 'zh'));
    self.postMessage({ id: data.id, panel: JSON.parse(json), shown, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
