//! Sections: the outline the headings make, each with its mode (review or
//! plan) and the period it speaks of.

use super::headings::{word_signal, Heading, HeadingKind};
use super::{Mode, Section};
use crate::model::Meta;
use crate::period::{self, Anchor, Period};

/// Depth per heading: numbered styles by rank among those present; plain
/// lines and openings either head a restarted list (one above its style)
/// or are leaves (below every style).
pub(super) fn depths(headings: &[Heading]) -> Vec<u8> {
    // Pushed, not collected from a filter_map (0.1 KB gzip of the core wasm).
    let mut ranks: Vec<u8> = Vec::new();
    for h in headings {
        ranks.extend(h.kind.rank());
    }
    crate::order::sort(&mut ranks);
    ranks.dedup();
    let depth_of = |kind: HeadingKind| -> Option<u8> {
        let r = kind.rank()?;
        ranks.iter().position(|x| *x == r).map(|p| p as u8 + 1)
    };
    let leaf = ranks.len() as u8 + 1;
    let mut out = vec![0u8; headings.len()];
    // Walk backwards so each plain heading knows the next numbered one.
    let mut next_numbered: Option<usize> = None;
    for i in (0..headings.len()).rev() {
        let h = &headings[i];
        out[i] = match depth_of(h.kind) {
            Some(d) => d,
            None => match next_numbered {
                Some(j) if restarts(headings, i, j) => {
                    depth_of(headings[j].kind).map_or(leaf, |d| d - 1)
                }
                _ => leaf,
            },
        };
        if h.kind.is_numbered() {
            next_numbered = Some(i);
        }
    }
    out
}

/// Whether numbered heading `j` (after plain heading `i`) starts its list
/// again after an earlier list of the same style.
pub(super) fn restarts(headings: &[Heading], i: usize, j: usize) -> bool {
    let h = &headings[j];
    h.ordinal == 1
        && j == i + 1
        && headings[..i]
            .iter()
            .any(|p| p.kind == h.kind && p.ordinal >= 1)
}

pub(super) fn build_sections(
    c: &[char],
    headings: Vec<Heading>,
    meta: &Meta,
    current_year: Option<i32>,
) -> Vec<Section> {
    let depths = depths(&headings);
    let anchor = Anchor {
        current_year,
        base_year: meta.reports.first().map(|p| p.year()).or(current_year),
        span_end: meta.reports.first().map(|p| p.last_year()),
    };
    let mut sections: Vec<Section> = Vec::with_capacity(headings.len());
    let mut stack: Vec<usize> = Vec::new();
    let mut last_top_mode = Mode::Review;
    for (h, depth) in headings.iter().zip(depths) {
        while let Some(&top) = stack.last() {
            if sections[top].depth >= depth {
                sections[top].end = h.start;
                stack.pop();
            } else {
                break;
            }
        }
        let parent = stack.last().copied();
        let text = &c[h.text.0..h.text.1];
        let own_period = period::find_period_with(text, &anchor).map(|(p, _, _)| p);
        let names_period = own_period.is_some();
        let signal = if h.kind == HeadingKind::Opening {
            Some(Mode::Plan)
        } else {
            word_signal(text).or_else(|| period_signal(own_period, meta))
        };
        let mode = signal.unwrap_or_else(|| parent.map_or(last_top_mode, |p| sections[p].mode));
        if parent.is_none() {
            last_top_mode = mode;
        }
        let period = own_period.or_else(|| {
            let p = &sections[parent?];
            if p.mode == mode {
                p.period
            } else {
                None
            }
        });
        stack.push(sections.len());
        sections.push(Section {
            start: h.start,
            end: c.len(),
            heading: text.iter().collect(),
            depth,
            mode,
            period,
            parent,
            names_period,
        });
    }
    sections
}

/// A heading naming a planned period (下半年 in a half-year report) plans;
/// one naming the reviewed period reviews.
pub(super) fn period_signal(p: Option<Period>, meta: &Meta) -> Option<Mode> {
    let p = p?;
    if meta.targets.contains(&p) {
        Some(Mode::Plan)
    } else if meta.reports.contains(&p) {
        Some(Mode::Review)
    } else {
        None
    }
}
