//! Headline, byline and date of a plain-text article, from how pages print them.

use crate::dates::find_dates;
use crate::names::{clean_name, looks_like_person};
use crate::py;
use crate::rx::{group, letters};

rx!(BYLINE = letters(
    r"(?m)^[ \t*_]*(?:[Bb]y|[Ww]ritten by|[Aa]uthor:)[ \t]+([A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|and|&)){0,5})[ \t]*(?:[,|–—·•*_-].*)?$"
));
rx!(WRITTEN_BY =
    letters(r"\b(?:written|authored|penned)\s+by\s+(?:(?:former|the|journalist|MEP|MP)\s+)*((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)"));
rx!(BIO = letters(r"(?m)^([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})\s+(?:is|was)\s+(?:a|an|the)\s"));
rx!(FURNITURE = r"(?i)^(?:home|menu|share|news id|service|tags?)\b");

/// The first headline-like line near the top; one the page repeats wins.
pub fn title_of(text: &str, body_end: usize) -> Option<String> {
    let head = &text[..py::fwd(text, 0, 3000).min(body_end)];
    let mut candidates = Vec::new();
    for line in head.split('\n').take(12) {
        let s = py::strip_ws(line);
        if s.is_empty() {
            continue;
        }
        let words = py::split_ws(s);
        if words.len() > 25 {
            continue;
        }
        if words.len() < 2 || s.contains('»') || ((s.ends_with(':') || s.ends_with('.')) && !s.ends_with("...")) {
            continue;
        }
        if FURNITURE.is_match(s) || (!find_dates(s, false).is_empty() && words.len() < 8) {
            continue;
        }
        candidates.push(s);
    }
    if candidates.is_empty() {
        return None;
    }
    // `text.lower().count(line.lower()) >= 2`, without lowering the page: each place where
    // the line's first letter stands, in either case, is compared letter by letter
    for c in candidates.iter().take(4) {
        if occurs_twice_any_case(text, c) {
            return Some(c.to_string());
        }
    }
    Some(candidates[0].to_string())
}

/// Whether `needle` occurs twice (apart) in `hay` once both are lowered.
fn occurs_twice_any_case(hay: &str, needle: &str) -> bool {
    let low: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let Some(&first) = low.first() else { return false };
    let starts: Vec<usize> = if first.is_ascii() {
        memchr::memchr2_iter(first as u8, first.to_ascii_uppercase() as u8, hay.as_bytes()).collect()
    } else {
        hay.char_indices()
            .filter(|(_, c)| c.to_lowercase().next() == Some(first))
            .map(|(i, _)| i)
            .collect()
    };
    let mut count = 0;
    let mut from = 0;
    for k in starts {
        if k < from {
            continue;
        }
        let mut want = low.iter();
        let mut end = k;
        let mut ok = true;
        'chars: for (i, c) in hay[k..].char_indices() {
            for l in c.to_lowercase() {
                match want.next() {
                    Some(&w) if w == l => {}
                    Some(_) => {
                        ok = false;
                        break 'chars;
                    }
                    None => break 'chars,
                }
            }
            end = k + i + c.len_utf8();
            if want.len() == 0 {
                break;
            }
        }
        if ok && want.len() == 0 {
            count += 1;
            from = end;
            if count == 2 {
                return true;
            }
        }
    }
    false
}

pub fn byline_of(text: &str, body_end: usize) -> Option<String> {
    let body = &text[..body_end];
    if let Some(c) = BYLINE.search(body) {
        return Some(clean_name(group(&c, 1)));
    }
    if let Some(c) = WRITTEN_BY.search(&body[..py::fwd(body, 0, 2000)]) {
        return Some(clean_name(group(&c, 1)));
    }
    let all: Vec<&str> = py::rstrip_ws(body).split('\n').collect();
    let lines: Vec<&str> = all[all.len().saturating_sub(8)..]
        .iter()
        .map(|l| py::strip_ws(l))
        .filter(|l| !l.is_empty())
        .collect();
    for ln in lines[lines.len().saturating_sub(3)..].iter().rev() {
        if looks_like_person(ln) && (2..=3).contains(&py::split_ws(ln).len()) {
            return Some(ln.to_string());
        }
    }
    let tail = &body[py::back(body, body.len(), 3000)..];
    if let Some(c) = BIO.captures_iter(tail).last() {
        let name = group(c, 1);
        if looks_like_person(name) {
            return Some(name.to_string());
        }
    }
    None
}

/// A dateline in the first lines ("12 June 2019 - 16:42").
pub fn published_of(text: &str) -> Option<String> {
    let head = &text[..py::fwd(text, 0, 800)];
    let lines: Vec<&str> = head.split('\n').filter(|l| !py::strip_ws(l).is_empty()).take(4).collect();
    find_dates(&lines.join("\n"), false)
        .into_iter()
        .map(|d| d.2)
        .find(|iso| iso.len() == 10)
}
