// Builds the panel off the main thread: {id, texts, files, options, lang} in
// (options.dictionary: the user's own indicators, as the page parses with),
// {id, panel, shown, ms} or {id, error} out; `shown`: what the panel's table
// writes of each cell, [target, estimate, actual, gap] in the page's
// language `lang` (the library's words: panel/render.rs).
// The panel is in the second, on-demand module (the core one only parses).
// Its own thread rather than the parser's (engine.js), which holds both
// modules for everything else: there, a 31-report panel took ~25% longer
// (median 1031 ms against 801 ms, e2e/tests/panel.test.mjs's bench).
/// <reference lib="webworker" />
import init, { panelWithTexts } from '../../pkg/zhibiao_xlsx.js';

/** @typedef {import('../protocol.js').PanelAnswer} PanelAnswer */

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const t0 = performance.now();
    /** @type {PanelAnswer} */
    const answer = { ...JSON.parse(panelWithTexts(data.texts, data.files, data.options ?? null, data.lang ?? 'zh')), ms: 0 };
    answer.ms = performance.now() - t0;
    self.postMessage({ id: data.id, ...answer });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
