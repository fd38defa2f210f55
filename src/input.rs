//! Input decoding for the CLI and the Python package: bytes from a file or
//! stdin → text ([`decode`]; a file: [`read_file`]).
//!
//! Reports reach users as UTF-8 (with or without a BOM), as UTF-16 from
//! Windows tools (with a BOM), or as GBK/GB18030 from older Chinese
//! systems. All three are decoded. Bytes that are no text in any of them —
//! NUL bytes, sequences invalid in both UTF-8 and GB18030, or text that is
//! mostly control characters — are an error rather than garbage rows.
//!
//! ```
//! let (gbk, _, _) = encoding_rs::GBK.encode("增长5.2%");
//! let decoded = zhibiao::input::decode(&gbk).unwrap();
//! assert_eq!(decoded.text, "增长5.2%");
//! assert_eq!(decoded.encoding, zhibiao::input::SourceEncoding::Gb18030);
//! ```

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};
use std::fmt;
use std::path::Path;

/// The encoding the input was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GB18030, a superset of GBK and GB2312.
    Gb18030,
}

impl SourceEncoding {
    pub fn name(self) -> &'static str {
        match self {
            SourceEncoding::Utf8 => "UTF-8",
            SourceEncoding::Utf16Le => "UTF-16LE",
            SourceEncoding::Utf16Be => "UTF-16BE",
            SourceEncoding::Gb18030 => "GB18030",
        }
    }
}

/// Decoded text and the encoding it was in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: SourceEncoding,
}

/// Why the bytes are not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A NUL byte (at this offset) outside UTF-16: a binary file.
    Binary { offset: usize },
    /// Invalid in UTF-8 and in GB18030; the offset of the first byte that is
    /// not UTF-8.
    Undecodable { offset: usize },
    /// A UTF-16 byte order mark followed by bytes that are not UTF-16.
    InvalidUtf16,
    /// Decodes, but this share (in percent) of the chars are control chars.
    ControlChars { percent: usize },
    /// A document format the page reads but the command line does not
    /// (PDF, .docx, old .doc): named by its first bytes.
    Document { kind: &'static str },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary { offset } => {
                write!(f, "binary data, not text (NUL byte at offset {offset})")
            }
            DecodeError::Undecodable { offset } => write!(
                f,
                "not UTF-8, UTF-16 or GBK/GB18030 text (invalid byte at offset {offset})"
            ),
            DecodeError::InvalidUtf16 => {
                write!(
                    f,
                    "starts with a UTF-16 byte order mark but is not valid UTF-16"
                )
            }
            DecodeError::ControlChars { percent } => write!(
                f,
                "binary data, not text ({percent}% of the characters are control characters)"
            ),
            DecodeError::Document { kind } => write!(
                f,
                "{kind}, not text: the command line reads text; open it in the page \
                 (./build.sh serve) or save it as .txt"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Why a file could not be read as a report.
#[derive(Debug)]
pub enum ReadError {
    /// Not found, not readable, a folder…
    Io(std::io::Error),
    /// Read, but its bytes are no text.
    Decode(DecodeError),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => e.fmt(f),
            ReadError::Decode(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads a report file: its bytes [`decode`]d, and a saved web page
/// (`.html`, `.htm`) taken down to its text ([`crate::html::text`]).
pub fn read_file(path: &Path) -> Result<Decoded, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    let mut decoded = decode_owned(bytes).map_err(ReadError::Decode)?;
    if crate::html::is_html_file(path) {
        decoded.text = crate::html::text(&decoded.text);
    }
    Ok(decoded)
}

/// Text with more control chars than this (in percent) is taken for binary.
const MAX_CONTROL_PERCENT: usize = 10;

/// The first bytes of the document formats people hand the CLI by mistake,
/// and what to call them in the error. A .docx is a zip archive.
const DOCUMENT_SIGNATURES: [(&[u8], &str); 3] = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a Word .docx (or other zip) file"),
    (
        b"\xD0\xCF\x11\xE0",
        "an old Word .doc (or other Office) file",
    ),
];

/// Decodes a report's bytes (see the module docs).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    check_not_a_document(bytes)?;
    let decoded = decode_bytes(bytes)?;
    check_mostly_text(&decoded.text)?;
    Ok(decoded)
}

/// Decodes a report's bytes as [`decode`] does; UTF-8 becomes the text
/// without a copy (a report file can be many megabytes).
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    check_not_a_document(&bytes)?;
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return decode(&bytes);
    }
    let decoded = match into_utf8(bytes) {
        Ok(text) if !text.as_bytes().contains(&0) => Decoded {
            text,
            encoding: SourceEncoding::Utf8,
        },
        // A NUL byte, or GB18030: what `decode` says of them.
        Ok(text) => decode_unmarked(text.as_bytes())?,
        Err(bytes) => decode_unmarked(&bytes)?,
    };
    check_mostly_text(&decoded.text)?;
    Ok(decoded)
}

/// The bytes as text when they are UTF-8, else the bytes back. Validated
/// with SIMD (simdutf8): std's check reads Chinese text byte by byte, at
/// about 1.4 GB/s, 3 % of the CLI's time on a file of 15 MB; simdutf8
/// reads it at over 10 GB/s.
fn into_utf8(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_err() {
        return Err(bytes);
    }
    // SAFETY: simdutf8 has just checked that `bytes` are UTF-8.
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

fn check_not_a_document(bytes: &[u8]) -> Result<(), DecodeError> {
    match DOCUMENT_SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        Some((_, kind)) => Err(DecodeError::Document { kind }),
        None => Ok(()),
    }
}

fn decode_bytes(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return decode_unmarked(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(UTF_16LE, rest, SourceEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(UTF_16BE, rest, SourceEncoding::Utf16Be);
    }
    decode_unmarked(bytes)
}

/// Bytes without a UTF-16 mark: UTF-8 when valid, else GB18030.
fn decode_unmarked(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding: SourceEncoding::Utf8,
        }),
        Err(e) => GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| Decoded {
                text: text.into_owned(),
                encoding: SourceEncoding::Gb18030,
            })
            .ok_or(DecodeError::Undecodable {
                offset: e.valid_up_to(),
            }),
    }
}

fn decode_utf16(
    encoding: &'static Encoding,
    bytes: &[u8],
    source: SourceEncoding,
) -> Result<Decoded, DecodeError> {
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| Decoded {
            text: text.into_owned(),
            encoding: source,
        })
        .ok_or(DecodeError::InvalidUtf16)
}

/// Rejects text that is mostly control chars (line breaks, tabs and form
/// feeds are text: PDF copies hold page breaks).
fn check_mostly_text(text: &str) -> Result<(), DecodeError> {
    let (total, control) = count_control_chars(text);
    let percent = (control * 100).checked_div(total).unwrap_or(0);
    if percent > MAX_CONTROL_PERCENT {
        return Err(DecodeError::ControlChars { percent });
    }
    Ok(())
}

/// The chars of `text`, and its control chars (U+0000–U+001F and
/// U+007F–U+009F) other than line breaks, tabs and form feeds. Counted on
/// the bytes rather than decoded chars, at half the cost: a char starts at
/// every byte but a continuation byte, and a control char is one byte, or
/// C2 followed by 80–9F.
fn count_control_chars(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut total, mut control) = (0usize, 0usize);
    // Counted in blocks small enough for byte-wide counters, which the
    // compiler keeps many to a register; a whole number of vectors each,
    // so that only the text's last block is read byte by byte.
    const BLOCK: usize = 240;
    for block in bytes.chunks(BLOCK) {
        let (mut t, mut c) = (0u8, 0u8);
        for &b in block {
            t += u8::from(b & 0xC0 != 0x80);
            let ascii = (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)) || b == 0x7F;
            c += u8::from(ascii);
        }
        total += usize::from(t);
        control += usize::from(c);
    }
    // U+0080–U+009F: C2 then 80–9F. Each byte is tested with the one
    // after it, in blocks as above.
    let (firsts, seconds) = (bytes, bytes.get(1..).unwrap_or_default());
    let mut latin = 0usize;
    for (a, b) in firsts.chunks(BLOCK).zip(seconds.chunks(BLOCK)) {
        let pairs = a.iter().zip(b);
        latin += usize::from(pairs.fold(0u8, |n, (&a, &b)| {
            n + u8::from(a == 0xC2 && b & 0xE0 == 0x80)
        }));
    }
    (total, control + latin)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "地区生产总值完成63.65亿元，同比增长5.2%。";

    fn text(bytes: &[u8]) -> (String, SourceEncoding) {
        let d = decode(bytes).expect("decodes");
        (d.text, d.encoding)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            text(REPORT.as_bytes()),
            (REPORT.into(), SourceEncoding::Utf8)
        );
        let with_bom = [b"\xEF\xBB\xBF", REPORT.as_bytes()].concat();
        assert_eq!(text(&with_bom), (REPORT.into(), SourceEncoding::Utf8));
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(REPORT.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(text(&le), (REPORT.into(), SourceEncoding::Utf16Le));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(REPORT.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(text(&be), (REPORT.into(), SourceEncoding::Utf16Be));
    }

    #[test]
    fn gbk_is_decoded() {
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(REPORT);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&gbk).is_err(), "real GBK bytes");
        assert_eq!(text(&gbk), (REPORT.into(), SourceEncoding::Gb18030));
    }

    #[test]
    fn gb18030_beyond_gbk_is_decoded() {
        // 𠀀 (U+20000) needs GB18030's four-byte form.
        let (bytes, _, _) = GB18030.encode("𠀀增长");
        assert_eq!(text(&bytes).0, "𠀀增长");
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap_err();
        assert_eq!(err, DecodeError::Binary { offset: 8 });
        assert!(err.to_string().contains("binary"));
    }

    #[test]
    fn invalid_in_utf8_and_gb18030_is_an_error() {
        // 0xFF is never a GB18030 lead byte, nor valid in UTF-8.
        let err = decode(b"abc\xFF\xFFdef").unwrap_err();
        assert_eq!(err, DecodeError::Undecodable { offset: 3 });
        assert!(err.to_string().contains("GBK"));
    }

    #[test]
    fn mostly_control_chars_is_binary() {
        let err = decode(b"\x01\x02\x03\x04ab\x05\x06").unwrap_err();
        assert!(matches!(err, DecodeError::ControlChars { .. }));
        // A few form feeds between pages are still text.
        assert!(decode("第一页\u{0C}第二页\n".as_bytes()).is_ok());
    }

    #[test]
    fn documents_are_named_not_called_binary() {
        let err = decode(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj").unwrap_err();
        assert_eq!(
            err,
            DecodeError::Document {
                kind: "a PDF document"
            }
        );
        assert!(err.to_string().contains("save it as .txt"));
        let docx = decode(b"PK\x03\x04\x14\x00\x06\x00").unwrap_err();
        assert!(docx.to_string().contains(".docx"), "{docx}");
        let doc = decode(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").unwrap_err();
        assert!(doc.to_string().contains(".doc"), "{doc}");
    }

    #[test]
    fn broken_utf16_is_an_error() {
        assert_eq!(
            decode(b"\xFF\xFE\x00").unwrap_err(),
            DecodeError::InvalidUtf16
        );
    }

    /// Byte strings made of pieces that steer decoding: marks, NULs, bytes
    /// invalid in UTF-8, GBK, control chars, document signatures.
    fn steering_bytes() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let (gbk, _, _) = encoding_rs::GBK.encode(REPORT);
        let pieces: Vec<Vec<u8>> = vec![
            REPORT.as_bytes().to_vec(),
            gbk.into_owned(),
            b"\xEF\xBB\xBF".to_vec(),
            b"\xFF\xFE".to_vec(),
            b"\xFE\xFF".to_vec(),
            b"\x00".to_vec(),
            b"\xFF".to_vec(),
            b"\x01\x02".to_vec(),
            b"%PDF-".to_vec(),
            b"ab\n".to_vec(),
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..6).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        #[test]
        fn control_chars_are_counted_as_chars_are(text in "[\\x00-\\x{A0}a增\\x{2028}\\x{10000}]{0,40}") {
            let control = text
                .chars()
                .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}'))
                .count();
            proptest::prop_assert_eq!(count_control_chars(&text), (text.chars().count(), control));
        }

        #[test]
        fn decoding_owned_bytes_decodes_as_borrowed(bytes in steering_bytes()) {
            proptest::prop_assert_eq!(decode_owned(bytes.clone()), decode(&bytes));
        }
    }

    #[test]
    fn empty_input_is_empty_text() {
        assert_eq!(text(b""), (String::new(), SourceEncoding::Utf8));
    }
}
