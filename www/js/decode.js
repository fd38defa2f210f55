// Text files as people have them: UTF-8 (with or without BOM), UTF-16 with a
// BOM, or GBK/GB18030 from older Windows tools. Invalid UTF-8 is detected by
// a fatal decoder, then the bytes are read as GB18030 (a superset of GBK).
// Bytes that are no text in any of them are refused, as the CLI refuses
// them (src/input.rs): a NUL byte, bytes invalid in GB18030 too, or text
// that is mostly control characters. Random bytes decode as GB18030 with
// garbage otherwise, and would replace the report.
import { ReaderError } from './readers/errors.js';

/** More control characters than this share (line breaks, tabs, form feeds aside): binary. */
const MAX_CONTROL_SHARE = 0.1;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/**
 * Decodes file bytes; returns { text, encoding }. A BOM decides; else
 * `declared`, a charset the file itself names (a saved page's <meta
 * charset>), when the browser knows it and it is not UTF-8 (a page that
 * says UTF-8 but is not is guessed like any text); else UTF-8 when the
 * bytes are valid UTF-8, else GB18030.
 */
export function decodeBytes(buffer, declared = null) {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const bom = bomEncoding(bytes);
  if (!bom?.startsWith('utf-16') && bytes.includes(0)) throw new ReaderError('binary');
  const decoded = bom ? { text: new TextDecoder(bom).decode(bytes), encoding: bom.toUpperCase() } : guess(bytes, declared);
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > decoded.text.length * MAX_CONTROL_SHARE) throw new ReaderError('binary');
  return decoded;
}

/** Bytes without a BOM: the declared charset, else UTF-8, else GB18030; else not text. */
function guess(bytes, declared) {
  if (declared) {
    try {
      const decoder = new TextDecoder(declared);
      if (decoder.encoding !== 'utf-8') return { text: decoder.decode(bytes), encoding: decoder.encoding.toUpperCase() };
    } catch {
      // An encoding the browser does not know: guess as for an undeclared file.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: GB18030, or no text at all.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
  } catch {
    throw new ReaderError('binary');
  }
}

function bomEncoding(b) {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

export async function readTextFile(file) {
  return decodeBytes(await file.arrayBuffer());
}
