// Builds the panel off the main thread: {id, texts, files} in,
// {id, panel} or {id, error} out.
import init, { panel } from '../../pkg/zhibiao.js';

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const t0 = performance.now();
    const result = panel(data.texts, data.files, null);
    self.postMessage({ id: data.id, panel: result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
