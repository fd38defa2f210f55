// Text files as people have them: UTF-8 (with or without BOM), UTF-16 with a
// BOM, or GBK/GB18030 from older Windows tools. Invalid UTF-8 is detected by
// a fatal decoder, then the bytes are read as GB18030 (a superset of GBK).

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
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom.toUpperCase() };
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
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
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
