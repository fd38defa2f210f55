//! A saved web page (`.html`, `.htm`) taken down to its text, for the CLI,
//! `zhibiao corpus` and the Python package, as the page's HTML reader does
//! in the browser (`www/js/readers/html.js`): block elements become line
//! breaks, table cells are apart by tabs, scripts, styles and the head are
//! dropped, and entities are read. No tag is ever run or fetched.
//!
//! ```
//! let text = zhibiao::html::text("<p>增长&nbsp;5%</p><script>x=1</script><p>b</p>");
//! assert_eq!(text, "增长\u{a0}5%\nb\n");
//! ```

use std::path::Path;

/// Elements whose content is no text of the report.
const SKIPPED: [&str; 18] = [
    "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg",
    "math", "canvas", "video", "audio", "select", "button", "input", "textarea",
];

/// Elements that stand on lines of their own.
const BLOCKS: [&str; 41] = [
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "thead", "tfoot", "tr", "ul", "caption", "br",
];

/// Table cells: apart by tabs on their row's line.
const CELLS: [&str; 2] = ["td", "th"];

/// The named entities a report page uses; others are left as written.
const ENTITIES: [(&str, char); 8] = [
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ldquo", '“'),
    ("rdquo", '”'),
];

/// Whether a file is read as a web page: `.html` or `.htm`.
pub fn is_html_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// The text of a page (see the module docs).
pub fn text(html: &str) -> String {
    let mut out = Lines::default();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.text(&rest[..at]);
        rest = &rest[at..];
        rest = match Tag::read(rest) {
            Some(tag) => out.tag(&tag, rest),
            None => {
                out.text("<");
                &rest[1..]
            }
        };
    }
    out.text(rest);
    out.done()
}

/// A tag at the start of the text: its lower-case name, whether it closes,
/// and where the text after it begins.
struct Tag {
    name: String,
    closing: bool,
    end: usize,
}

impl Tag {
    /// `None` when `<` starts no tag (`a < b`). Comments and `<!…>` are tags
    /// without a name.
    fn read(s: &str) -> Option<Tag> {
        if let Some(body) = s.strip_prefix("<!--") {
            let end = body.find("-->").map_or(s.len(), |i| 4 + i + 3);
            return Some(Tag::nameless(end));
        }
        let after = s.get(1..)?;
        let (closing, name_at) = if after.starts_with('/') {
            (true, 2)
        } else {
            (false, 1)
        };
        let first = s[name_at..].chars().next()?;
        if !(first.is_ascii_alphabetic() || first == '!' || first == '?') {
            return None;
        }
        let end = s.find('>').map_or(s.len(), |i| i + 1);
        let name: String = s[name_at..end]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        Some(Tag { name, closing, end })
    }

    fn nameless(end: usize) -> Tag {
        let name = String::new();
        Tag {
            name,
            closing: false,
            end,
        }
    }
}

/// The text being written: runs of blanks folded into one space, line
/// breaks only between lines that hold text.
#[derive(Default)]
struct Lines {
    out: String,
    /// A blank was read since the last char written.
    blank: bool,
}

impl Lines {
    /// Writes a tag's effect; returns the text after it (after a skipped
    /// element's end tag).
    fn tag<'a>(&mut self, tag: &Tag, html: &'a str) -> &'a str {
        let rest = &html[tag.end..];
        if tag.closing || tag.name.is_empty() {
            if BLOCKS.contains(&tag.name.as_str()) {
                self.line_break();
            }
            return rest;
        }
        if SKIPPED.contains(&tag.name.as_str()) {
            return after_content(rest, &tag.name);
        }
        self.boundary(&tag.name);
        rest
    }

    /// An opening tag: a block starts a line, a cell after another a tab.
    fn boundary(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.line_break();
        } else if CELLS.contains(&name) && !self.out.is_empty() && !self.out.ends_with(['\n', '\t'])
        {
            self.out.push('\t');
            self.blank = false;
        }
    }

    fn line_break(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out
                .truncate(self.out.trim_end_matches([' ', '\t']).len());
            self.out.push('\n');
        }
        self.blank = false;
    }

    fn text(&mut self, raw: &str) {
        for c in unescape(raw).chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                self.blank = true;
                continue;
            }
            if self.blank && !self.out.is_empty() && !self.out.ends_with(['\n', '\t']) {
                self.out.push(' ');
            }
            self.blank = false;
            self.out.push(c);
        }
    }

    fn done(mut self) -> String {
        self.line_break();
        self.out
    }
}

/// The text from a skipped element's end tag `</name` (in any case) on;
/// empty when it never ends.
fn after_content<'a>(rest: &'a str, name: &str) -> &'a str {
    let closes_here = |i: usize| {
        rest.as_bytes()
            .get(i + 2..i + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
    };
    rest.match_indices("</")
        .map(|(i, _)| i)
        .find(|&i| closes_here(i))
        .map_or("", |i| &rest[i..])
}

/// `&amp;`, `&#20013;`, `&#x4e2d;` and the [`ENTITIES`] read as chars.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&i| i <= 10);
        match end.and_then(|i| entity(&rest[1..i])) {
            Some(c) => {
                out.push(c);
                rest = &rest[end.unwrap_or(0) + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    let code = match name.strip_prefix('#') {
        Some(hex) if hex.starts_with(['x', 'X']) => u32::from_str_radix(&hex[1..], 16).ok(),
        Some(dec) => dec.parse().ok(),
        None => return ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c),
    };
    code.and_then(char::from_u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_lines_and_inline_tags_vanish() {
        let page = "<html><head><title>标题</title><style>p{x:1}</style></head>\
                    <body><h1>某县2030年工作报告</h1><p>全县产值<b>12.5</b>亿元，\n  增长6%。</p>\
                    <div>下一段<br>新行</div></body></html>";
        assert_eq!(
            text(page),
            "某县2030年工作报告\n全县产值12.5亿元， 增长6%。\n下一段\n新行\n"
        );
    }

    #[test]
    fn scripts_comments_and_entities() {
        let page = "<p>a&lt;b &amp; &#20013;&#x6587; &unknown; R&D</p><!-- 100亿元 -->\
                    <SCRIPT>var n = '<p>50%</p>';</SCRIPT><p>c</p>";
        assert_eq!(text(page), "a<b & 中文 &unknown; R&D\nc\n");
    }

    #[test]
    fn table_cells_are_apart_by_tabs() {
        let page =
            "<table><tr><td>指标</td><td>数值</td></tr><tr><th>产值</th><td>5</td></tr></table>";
        assert_eq!(text(page), "指标\t数值\n产值\t5\n");
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(text("<p>1 < 2 > 0</p>"), "1 < 2 > 0\n");
        assert_eq!(text("unclosed <b"), "unclosed\n");
    }

    #[test]
    fn knows_pages_by_extension() {
        assert!(is_html_file(Path::new("a/b.HTML")) && is_html_file(Path::new("x.htm")));
        assert!(!is_html_file(Path::new("a.txt")) && !is_html_file(Path::new("html")));
    }
}
