// Parses large texts off the main thread. Messages: {id, text, options} in,
// {id, report} or {id, error} out.
import init, { parse } from '../pkg/zhibiao.js';

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ id: data.id, report: parse(data.text, data.options) });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
