//! Readers for the patterns built around one word — a name ("Alavi"), an outlet ("Post"),
//! a noun ("the account") — written out by hand. Compiling a pattern per word costs more
//! than reading an article, and every article names new people, so these walk the text as
//! the patterns would, with the same backtracking choices in the same order. The patterns
//! they stand for are in each docstring, and `tests/name_readers.rs` holds the readers to
//! them on every word of the repository's articles.

use crate::py;

/// `\b` at `i` of `hay` (as `re` reads it with `hay` cut at its end).
pub fn boundary(hay: &str, i: usize) -> bool {
    let before = py::char_before(hay, i).is_some_and(py::is_word);
    let after = py::char_at(hay, i).is_some_and(py::is_word);
    before != after
}

/// End of `U[chars]*` then `[ \t]+` from `q` (the run taken whole, as the pattern must): the
/// unit of a capitalised name before a word. `initial`: `U\.` first, as `(?:U\.|U…)`.
fn cap_unit(hay: &str, q: usize, run: fn(char) -> bool, initial: bool) -> Option<usize> {
    let first = py::char_at(hay, q).filter(|&c| py::char_upper(c))?;
    let mut k = q + first.len_utf8();
    if initial && py::char_at(hay, k) == Some('.') {
        let after = k + 1;
        let spaced = hay[after..].trim_start_matches([' ', '\t']);
        return (spaced.len() < hay.len() - after).then(|| hay.len() - spaced.len());
    }
    while let Some(c) = py::char_at(hay, k).filter(|&c| run(c)) {
        k += c.len_utf8();
    }
    let spaced = hay[k..].trim_start_matches([' ', '\t']);
    (spaced.len() < hay.len() - k).then(|| hay.len() - spaced.len())
}

fn name_char(c: char) -> bool {
    py::is_word(c) || c == '’' || c == '\'' || c == '-'
}
pub fn outlet_char(c: char) -> bool {
    py::is_word(c) || c == '-' || c == '&' || c == '.'
}

/// `word` then `\b` at `q` of `hay`.
fn word_at(hay: &str, q: usize, word: &str) -> Option<usize> {
    (hay[q..].starts_with(word) && boundary(hay, q + word.len())).then(|| q + word.len())
}

/// Up to three units before `word`, most first: the end of `(?:unit){1,3}word\b` from `p`.
pub fn units_then_word(hay: &str, p: usize, word: &str, run: fn(char) -> bool, initial: bool, bounded: bool) -> Option<usize> {
    let mut ends = Vec::with_capacity(3);
    let mut q = p;
    for _ in 0..3 {
        if bounded && !boundary(hay, q) {
            break;
        }
        match cap_unit(hay, q, run, initial) {
            Some(e) => {
                ends.push(e);
                q = e;
            }
            None => break,
        }
    }
    ends.iter().rev().find_map(|&e| word_at(hay, e, word))
}

/// The full name around `word` at `at`, as `(?:\b(?:U\.|U[\w’'\-]*)[ \t]+){1,3}W\b |
/// \bW(?:[ \t]+U[\w’'\-]*){1,2}` reads it: the match of `finditer(text, lo, hi)` holding
/// `at`. Written out rather than compiled per name, since every article names new people.
pub fn name_around(text: &str, word: &str, at: usize, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let hay = &text[..hi];
    let w0 = word.chars().next()?;
    let mut p = lo;
    while p < hay.len() && p <= at {
        let c = py::char_at(hay, p).unwrap();
        let mut end = None;
        if py::char_upper(c) {
            end = units_then_word(hay, p, word, name_char, true, true);
        }
        if end.is_none() && c == w0 && boundary(hay, p) && hay[p..].starts_with(word) {
            // \bW(?:[ \t]+U[\w’'\-]*){1,2}
            let mut q = p + word.len();
            for _ in 0..2 {
                let spaced = hay[q..].trim_start_matches([' ', '\t']);
                let u = hay.len() - spaced.len();
                if u == q || !spaced.starts_with(|c: char| py::char_upper(c)) {
                    break;
                }
                let mut k = u + spaced.chars().next().unwrap().len_utf8();
                while let Some(c) = py::char_at(hay, k).filter(|&c| name_char(c)) {
                    k += c.len_utf8();
                }
                q = k;
            }
            if q > p + word.len() {
                end = Some(q);
            }
        }
        match end {
            Some(e) if p <= at && at < e => return Some((p, e)),
            Some(e) => p = e,
            None => p += c.len_utf8(),
        }
    }
    None
}

/// `U(?:\w|-)*\s+`, then `(?:(?:of|for|and)\s+)?` (taken first): the ends a unit of a name
/// before a noun can have, in the order the pattern tries them.
fn noun_unit(hay: &str, q: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(first) = py::char_at(hay, q).filter(|&c| py::char_upper(c)) else {
        return out;
    };
    let mut k = q + first.len_utf8();
    while let Some(c) = py::char_at(hay, k).filter(|&c| py::is_word(c) || c == '-') {
        k += c.len_utf8();
    }
    let Some(r) = spaces(hay, k) else { return out };
    for w in ["of", "for", "and"] {
        if hay[r..].starts_with(w) {
            if let Some(r2) = spaces(hay, r + w.len()) {
                out.push(r2);
            }
        }
    }
    out.push(r);
    out
}

/// The end of one or more whitespace characters from `k`.
fn spaces(hay: &str, k: usize) -> Option<usize> {
    let rest = hay[k..].trim_start_matches(py::is_space);
    (rest.len() < hay.len() - k).then(|| hay.len() - rest.len())
}

/// `NOUN s?\b` at `q`.
fn noun_end(hay: &str, q: usize, noun: &str) -> Option<usize> {
    if !hay[q..].starts_with(noun) {
        return None;
    }
    let e = q + noun.len();
    if hay[e..].starts_with('s') && boundary(hay, e + 1) {
        return Some(e + 1);
    }
    boundary(hay, e).then_some(e)
}

/// `(?:unit){count..5}` then the noun, from `q`: (where the noun starts, match end).
fn units_before_noun(hay: &str, q: usize, count: usize, noun: &str) -> Option<(usize, usize)> {
    if count < 5 {
        for r in noun_unit(hay, q) {
            if let Some(found) = units_before_noun(hay, r, count + 1, noun) {
                return Some(found);
            }
        }
    }
    if count >= 1 {
        return noun_end(hay, q, noun).map(|e| (q, e));
    }
    None
}

/// `U(?:\w|[’'\-])*` from `q`: its end.
fn cap_word(hay: &str, q: usize) -> Option<usize> {
    let first = py::char_at(hay, q).filter(|&c| py::char_upper(c))?;
    let mut k = q + first.len_utf8();
    while let Some(c) = py::char_at(hay, k).filter(|&c| name_char(c)) {
        k += c.len_utf8();
    }
    Some(k)
}

/// `\bNOUN\s+(?:called|named)\s+(U…(?:\s+(?:for\s+|of\s+|and\s+)?U…){0,4})` at `p`:
/// (group start, end).
fn called_after(hay: &str, p: usize, noun: &str) -> Option<(usize, usize)> {
    if !boundary(hay, p) || !hay[p..].starts_with(noun) {
        return None;
    }
    let k = spaces(hay, p + noun.len())?;
    let verb = ["called", "named"].into_iter().find(|w| hay[k..].starts_with(w))?;
    let g = spaces(hay, k + verb.len())?;
    let mut end = cap_word(hay, g)?;
    for _ in 0..4 {
        let Some(s) = spaces(hay, end) else { break };
        let linked = ["for", "of", "and"]
            .into_iter()
            .find_map(|w| hay[s..].starts_with(w).then(|| spaces(hay, s + w.len())).flatten());
        match linked.and_then(|c| cap_word(hay, c)).or_else(|| cap_word(hay, s)) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some((g, end))
}

/// What `((?:U(?:\w|-)*\s+(?:(?:of|for|and)\s+)?){1,5})NOUN s?\b | \bNOUN\s+(?:called|named)
/// \s+(U…)` finds in `hay[lo..]`, in order: the names before the noun ("the Alavi account")
/// and the names after "called"/"named" ("a company called X").
pub enum NounName<'t> {
    Before(&'t str),
    Called(&'t str),
}

pub fn noun_names<'t>(hay: &'t str, lo: usize, noun: &str) -> Vec<NounName<'t>> {
    let mut out = Vec::new();
    let mut p = lo;
    while p < hay.len() {
        let c = py::char_at(hay, p).unwrap();
        if py::char_upper(c) {
            if let Some((noun_at, e)) = units_before_noun(hay, p, 0, noun) {
                out.push(NounName::Before(&hay[p..noun_at]));
                p = e;
                continue;
            }
        }
        if let Some((g, e)) = called_after(hay, p, noun) {
            out.push(NounName::Called(&hay[g..e]));
            p = e;
            continue;
        }
        p += c.len_utf8();
    }
    out
}

/// `\b[Nn]oun\s+(U…(?:\s+U…){0,2})` at `p` ("the mayor" <- "Mayor John Carter"): (group
/// start, end), the noun's first letter in either case.
pub fn title_before_name(hay: &str, p: usize, noun: &str) -> Option<(usize, usize)> {
    let mut chars = noun.chars();
    let first = chars.next()?;
    let tail = chars.as_str();
    let c = py::char_at(hay, p)?;
    let upper: String = first.to_uppercase().collect();
    let first_ok = c == first || (upper.chars().count() == 1 && upper.starts_with(c));
    if !boundary(hay, p) || !first_ok || !hay[p + c.len_utf8()..].starts_with(tail) {
        return None;
    }
    let g = spaces(hay, p + c.len_utf8() + tail.len())?;
    let mut end = cap_word(hay, g)?;
    for _ in 0..2 {
        match spaces(hay, end).and_then(|s| cap_word(hay, s)) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some((g, end))
}
