//! What the rules' tests share: the rows of a made-up sentence.

use crate::model::Row;

pub(crate) fn rows(text: &str) -> Vec<Row> {
    crate::parse(text).rows
}

/// The only row of `text`; fails when there is not exactly one.
pub(crate) fn one(text: &str) -> Row {
    let r = rows(text);
    assert_eq!(r.len(), 1, "{text}: {r:#?}");
    r.into_iter().next().unwrap()
}
