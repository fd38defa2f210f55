// Opens a file the user chose or dropped: plain text here; .docx, saved web
// pages and PDF by reader modules fetched the first time such a file is
// opened (the first visit carries none of them). The kind is told by the
// name's extension, else by the first bytes.
import { decodeBytes } from '../decode.js';
import { ReaderError, say } from './errors.js';

const READERS = {
  docx: () => import('./docx.js'),
  html: () => import('./html.js'),
  pdf: () => import('./pdf.js'),
};

/** The kind of a file: 'docx', 'html', 'pdf', 'doc' or 'text'. */
export function kindOf(name, bytes) {
  const ext = /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase();
  if (ext === 'docx' || ext === 'pdf' || ext === 'doc') return ext;
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'docx';
  if (head.startsWith('\xd0\xcf\x11\xe0')) return 'doc';
  return 'text';
}

/**
 * Reads `file` (a File): resolves to { text, encoding } where `encoding`
 * names the format and, for text, the encoding. Rejects with an Error whose
 * message is for the user. `onStatus(message)` hears of slow steps.
 */
/**
 * @param {File} file
 * @param {{ onStatus?: (message: string) => void }} [options]
 */
export async function readFile(file, { onStatus = () => {} } = {}) {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  const kind = kindOf(file.name, bytes);
  if (kind === 'text') return decodeBytes(buffer);
  if (kind === 'doc') throw new ReaderError('oldWord');
  onStatus(say('reading', { name: file.name }));
  const onPage = (page, pages) => {
    if (pages > 1) onStatus(say('readingPage', { name: file.name, page, pages }));
  };
  let text;
  let format;
  try {
    const reader = await READERS[kind]();
    ({ text, format } = await reader.read(bytes, { onPage }));
  } catch (error) {
    // A module (or pdf.js's worker) that could not be fetched: offline
    // before its first use.
    if (!(error instanceof ReaderError) && /dynamically imported module|fake worker|Failed to fetch/i.test(error?.message)) {
      throw new ReaderError('moduleOffline', { kind: kind.toUpperCase() });
    }
    throw error;
  }
  if (!text.trim()) throw new ReaderError('emptyText');
  return { text, encoding: format };
}
