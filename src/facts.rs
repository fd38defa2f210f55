//! Facts: subject, change, 分别, status, period → rows.

use crate::clause::Sentence;
use crate::model::Row;
use crate::normalize::Normalized;
use crate::structure::Document;

pub fn extract(norm: &Normalized, doc: &Document, sentences: &[Sentence]) -> Vec<Row> {
    let _ = (norm, doc, sentences);
    Vec::new()
}
