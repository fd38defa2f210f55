// What the file readers say when a file cannot give text, in the page's
// two languages. A ReaderError carries a key; its message is in the
// language shown when it was thrown.
import { language } from '../i18n.js';

const MESSAGES = {
  zh: {
    noTextLayer:
      '这个 PDF 没有文字层（可能是扫描件或图片），无法提取文字。请先用 OCR 软件识别成文字，或从原网页复制文字后粘贴。',
    pdfPassword: '这个 PDF 有密码保护，无法读取。请先去除密码再打开。',
    pdfNoUnicode:
      '这个 PDF 的文字层无法识别（字体没有 Unicode 对照表），读出的是乱码。请从原网页或 Word 文件复制文字，或用 OCR 软件识别。',
    pdfBroken: '这个 PDF 已损坏或不是 PDF 文件。',
    notZip: '这个文件不是有效的 .docx（Word 2007 及以后的格式）。',
    zipMethod: '这个 .docx 使用了不支持的压缩方式。',
    noDocument: '这个 .docx 里没有正文（word/document.xml）。',
    badXml: '这个 .docx 的正文无法解析。',
    oldWord: '旧版 Word（.doc）文件无法直接读取。请在 Word 或 WPS 中另存为 .docx 或 .txt 后再打开。',
    emptyText: '文件里没有可读的文字。',
    binary: '这个文件不是文本（是二进制数据，或不是 UTF-8、UTF-16、GBK/GB18030 编码），无法读取。请打开 .txt、.docx、带文字层的 .pdf 或 .html 文件，或直接粘贴文字。',
    moduleOffline: '读取 {kind} 文件的模块尚未下载，现在离线。联网后打开一次此类文件，之后即可离线使用。',
    pagesWithoutText: '{n} 页没有文字层，未读出',
    reading: '正在读取 {name}……',
    readingPage: '正在读取 {name}：第 {page}/{pages} 页……',
  },
  en: {
    noTextLayer:
      'This PDF has no text layer (probably a scan or images): no text can be read from it. Run OCR on it first, or copy the text from the web page it came from and paste it.',
    pdfPassword: 'This PDF is password-protected and cannot be read. Remove the password first.',
    pdfNoUnicode:
      "This PDF's text layer cannot be decoded (its fonts have no Unicode map): it reads as garbage. Copy the text from the web page or Word file it came from, or run OCR on it.",
    pdfBroken: 'This PDF is damaged, or not a PDF file.',
    notZip: 'This file is not a valid .docx (Word 2007 or later).',
    zipMethod: 'This .docx uses a compression method that is not supported.',
    noDocument: 'This .docx holds no document body (word/document.xml).',
    badXml: 'The body of this .docx cannot be read.',
    oldWord: 'Old Word files (.doc) cannot be read. Save it as .docx or .txt in Word or WPS, then open that.',
    emptyText: 'The file holds no readable text.',
    binary:
      'This file is not text (binary data, or not UTF-8, UTF-16 or GBK/GB18030) and cannot be read. Open a .txt, .docx, .pdf with a text layer or .html file, or paste the text.',
    moduleOffline:
      'The reader for {kind} files has not been downloaded yet and the page is offline. Open one such file while online once; it then works offline too.',
    pagesWithoutText: '{n} page(s) without a text layer not read',
    reading: 'Reading {name}…',
    readingPage: 'Reading {name}: page {page} of {pages}…',
  },
};

/** A message of the readers in the page's language, with {slots} filled. */
export function say(key, slots = {}) {
  const table = MESSAGES[language()] ?? MESSAGES.zh;
  return (table[key] ?? MESSAGES.zh[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(slots[name] ?? ''));
}

/** A file that gives no text, with a message for the user. */
export class ReaderError extends Error {
  constructor(key, slots = {}) {
    super(say(key, slots));
    this.name = 'ReaderError';
    this.key = key;
  }
}
