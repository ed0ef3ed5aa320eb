//! Footnote markers in the article body: bracketed, superscript, and endnote numbers glued
//! to the end of a word, quote or sentence — but not years, amounts, decimals or pages.

use crate::py::{self, char_before};
use crate::rx::{group, span};
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct Marker {
    pub numbers: Vec<i64>,
    pub start: usize,
    pub end: usize,
    pub style: &'static str,
}

rx!(BRACKET = r"\[\^?(\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*)\]");
rx!(PAREN = r#"(?<=[\w.,;:!?”’"'])[ \t]?\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)(?=[\s.,;:!?]|$)"#);
// the number may be followed by a space, a bracket or the end, or by punctuation that is not
// part of a figure: '“full identification”1, as …' (but not '”1,000')
rx!(GLUED = r#"[.,;:!?”’“»«")\]](\d{1,3})(?=[\s\[]|[,;:.](?!\d)|$)"#);
rx!(PAGE_ABBREVIATIONS = r"(?i)(?:\b(?:p|pp|no|nos|vol|vols|fig|figs|ch|chap|sec|art|para|n|ed|eds|op|ver|v|rev)\.?\s*)$");
rx!(COMMA_SPLIT = r"\s*,\s*");
rx!(DASH_SPLIT = r"\s*[–—-]\s*");

pub fn superscript_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '⁰' => '0',
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            '⁴'..='⁹' => char::from_digit(c as u32 - '⁴' as u32 + 4, 10).unwrap(),
            c => c,
        })
        .collect()
}

pub fn parse_int(s: &str) -> i64 {
    let ascii: String = s
        .chars()
        .map(|c| c.to_digit(10).map_or(c, |d| char::from_digit(d, 10).unwrap()))
        .collect();
    ascii.parse().unwrap_or(0)
}

pub fn expand(spec: &str) -> Vec<i64> {
    let mut numbers = Vec::new();
    for part in COMMA_SPLIT.split(spec) {
        let bounds = DASH_SPLIT.split(part);
        if bounds.len() == 2 && !bounds[0].is_empty() && !bounds[1].is_empty() {
            let (a, b) = (parse_int(bounds[0]), parse_int(bounds[1]));
            if a <= b && b <= a + 50 {
                numbers.extend(a..=b);
                continue;
            }
        }
        numbers.extend(bounds.iter().filter(|x| !x.is_empty()).map(|x| parse_int(x)));
    }
    numbers
}

pub fn find_markers(body: &str, limit: Option<i64>) -> Vec<Marker> {
    let mut found = Vec::new();
    let mut taken = false;
    for c in BRACKET.captures_iter(body) {
        let (a, b) = span(&c, 0).unwrap();
        let style = if body[a..].starts_with("[^") { "markdown" } else { "bracket" };
        found.push(Marker {
            numbers: expand(group(&c, 1)),
            start: a,
            end: b,
            style,
        });
        taken = true;
    }
    for (a, b) in superscript_runs(body) {
        if a > 0 {
            let prev = char_before(body, a).unwrap();
            if py::is_word(prev) || ".,;:!?”’\"')]".contains(prev) {
                found.push(Marker {
                    numbers: vec![parse_int(&superscript_digits(&body[a..b]))],
                    start: a,
                    end: b,
                    style: "superscript",
                });
            }
        }
    }
    for c in glued(body) {
        let (a, b) = span(&c, 1).unwrap();
        if glued_is_marker(body, a, group(&c, 1), limit) {
            found.push(Marker {
                numbers: vec![parse_int(group(&c, 1))],
                start: a,
                end: b,
                style: "glued",
            });
        }
    }
    for (a, b) in detached(body) {
        let n = parse_int(&body[a..b]);
        if limit.is_none_or(|l| n <= l) {
            found.push(Marker {
                numbers: vec![n],
                start: a,
                end: b,
                style: "glued",
            });
        }
    }
    if let Some(limit) = limit {
        if !taken {
            for c in PAREN.captures_iter(body) {
                let numbers = expand(group(&c, 1));
                if !numbers.is_empty() && numbers.iter().all(|&n| 1 <= n && n <= limit) {
                    let (a, b) = span(&c, 0).unwrap();
                    found.push(Marker {
                        numbers,
                        start: a,
                        end: b,
                        style: "bracket",
                    });
                }
            }
        }
    }
    found.sort_by_key(|m| m.start);
    found.retain(|m| !m.numbers.is_empty());
    found
}

/// `GLUED.finditer(body)`, tried only at a stop or mark that a digit follows.
/// Runs of superscript digits (`[⁰¹²³⁴⁵⁶⁷⁸⁹]+`), found by their first bytes.
fn superscript_runs(body: &str) -> Vec<(usize, usize)> {
    let is_sup = |c: char| matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹');
    let mut out: Vec<(usize, usize)> = Vec::new();
    for k in memchr::memchr2_iter(0xC2, 0xE2, body.as_bytes()) {
        let c = py::char_at(body, k).unwrap();
        if !is_sup(c) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 == k => last.1 = k + c.len_utf8(),
            _ => out.push((k, k + c.len_utf8())),
        }
    }
    out
}

fn glued(body: &str) -> Vec<crate::rx::Caps<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    let bytes = body.as_bytes();
    for d in 1..bytes.len() {
        // the first digit of a run (ASCII: the endnote numbers articles print)
        if !bytes[d].is_ascii_digit() || bytes[d - 1].is_ascii_digit() {
            continue;
        }
        let Some(ch) = char_before(body, d) else { continue };
        let k = d - ch.len_utf8();
        if k < from || !".,;:!?”’“»«\")]".contains(ch) {
            continue;
        }
        if let Some(c) = GLUED.match_at(body, k) {
            from = c.get(0).unwrap().end();
            out.push(c);
        }
    }
    out
}

/// "…function.” 13" closing a line: (start, end) of the number (`DETACHED`, by hand: a mark,
/// one space or tab, one to three digits, spaces to the end of the line).
fn detached(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in body.split('\n') {
        let t = line.trim_end_matches([' ', '\t']);
        let digits_start = t.trim_end_matches(|c: char| py::is_digit_char(c) && c.is_numeric()).len();
        let digits = &t[digits_start..];
        let n = py::char_len(digits);
        if (1..=3).contains(&n) {
            let mut before = t[..digits_start].chars().rev();
            if matches!(before.next(), Some(' ' | '\t')) && matches!(before.next(), Some('”' | '"' | '’')) {
                out.push((line_start + digits_start, line_start + t.len()));
            }
        }
        line_start += line.len() + 1;
    }
    out
}

fn glued_is_marker(body: &str, pos: usize, digits: &str, limit: Option<i64>) -> bool {
    let n = parse_int(digits);
    let punct_at = py::back(body, pos, 1);
    let punct = char_before(body, pos).unwrap();
    let before = if punct_at > 0 { char_before(body, punct_at).unwrap() } else { ' ' };
    if limit.is_some_and(|l| n > l) || n == 0 {
        return false;
    }
    if ".:".contains(punct) && py::is_digit_char(before) {
        return false;
    }
    if punct == ',' && py::is_digit_char(before) && py::char_len(digits) == 3 {
        return false;
    }
    if ".,;:".contains(punct) && " \t\n".contains(before) {
        let third = if punct_at > 0 {
            char_before(body, py::back(body, punct_at, 1))
        } else {
            None
        };
        let third_ok = py::char_len(&body[..pos]) >= 3 && third.is_some_and(|c| ")]”\"".contains(c));
        if !(punct == '.' && third_ok) {
            return false;
        }
    }
    let lo = py::back(body, pos, 6);
    if PAGE_ABBREVIATIONS.is_match(&body[lo..punct_at]) {
        return false;
    }
    let line_start = body[..pos].rfind('\n').map_or(0, |i| i + 1);
    if line_start >= punct_at || py::strip_ws(&body[line_start..punct_at]).is_empty() {
        return false;
    }
    true
}
