//! Pass 2 writes its text over pass 1's, in the same buffer, so the
//! normalised text is never held twice. It never gets ahead of the line it
//! reads: a kept line is copied at or before where pass 1 had it, and the
//! break written before it takes the place of a line end pass 1 had.

use super::measure::InputLine;
use super::offsets::OffsetMap;
use super::Normalized;

pub(super) struct InPlace {
    chars: Vec<char>,
    /// Pass 1's offsets, read while pass 2's are written.
    from: OffsetMap,
    input_len: usize,
    written: usize,
    map: OffsetMap,
}

impl InPlace {
    pub(super) fn new(flat: Normalized) -> Self {
        InPlace {
            chars: flat.chars,
            from: flat.map,
            input_len: flat.input_len,
            written: 0,
            map: OffsetMap::default(),
        }
    }

    /// Pass 1's text of a line not copied yet.
    pub(super) fn line(&self, line: &InputLine) -> &[char] {
        debug_assert!(self.written <= line.start);
        &self.chars[line.start..line.end]
    }

    /// Pass 2's text from `start` on (a line copied already).
    pub(super) fn copied(&self, start: usize, len: usize) -> &[char] {
        &self.chars[start..start + len]
    }

    pub(super) fn len(&self) -> usize {
        self.written
    }

    /// Writes a line break, mapped where pass 1's char `at` was.
    pub(super) fn push_break(&mut self, at: usize) {
        let offset = self
            .from
            .get(at)
            .map_or(self.input_len, |o| o.min(self.input_len));
        self.chars[self.written] = '\n';
        self.written += 1;
        self.map.push(offset);
    }

    /// Copies a line of pass 1 with its offsets; gives where it now starts.
    pub(super) fn copy(&mut self, line: &InputLine) -> usize {
        debug_assert!(self.written <= line.start);
        let start = self.written;
        self.chars.copy_within(line.start..line.end, start);
        self.map.extend_from(&self.from, line.start, line.end);
        self.written += line.end - line.start;
        start
    }

    pub(super) fn finish(mut self) -> Normalized {
        self.chars.truncate(self.written);
        // Natively a big block shrinks where it is; the browser's allocator
        // would copy it, and its pages are not given back anyway.
        #[cfg(not(target_arch = "wasm32"))]
        self.chars.shrink_to_fit();
        Normalized {
            chars: self.chars,
            map: self.map,
            input_len: self.input_len,
            lines: Vec::new(),
            published: None,
        }
    }
}
