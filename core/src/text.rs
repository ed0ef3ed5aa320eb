//! Paragraphs and sentences with offsets. Sentence ends inside a quotation do not split it.

use crate::lexicon::LEX;
use crate::py::{self, char_at, char_before, is_word};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

// a sentence may close and open on straight single marks too: archives print quotations
// between doubled apostrophes (''Like this,'' said …)
rx!(
    BOUNDARY = r#"[.!?…]+["”’')\]]*(?:\s*\[\^?\d[\d,\s–-]*\]|\(\d{1,3}(?:[,–-]\s*\d{1,3})*\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}(?=\s))?\s+(?=(?:["“‘(\[]|'{1,2})?[A-Z0-9])"#
);

/// Offsets where `word` stands as a whole word (`\bword\b`), or with `whole = false` where a
/// word starts with it (`\bword`): `str::find` and a look at the neighbours.
pub fn word_positions(text: &str, word: &str, start: usize, end: usize, whole: bool) -> Vec<usize> {
    let mut out = Vec::new();
    if word.is_empty() {
        return out;
    }
    let head_w = is_word(word.chars().next().unwrap());
    let tail_w = is_word(word.chars().next_back().unwrap());
    for k in memchr::memmem::find_iter(&text.as_bytes()[start..end], word.as_bytes()) {
        let i = start + k;
        let j = i + word.len();
        let before = char_before(text, i).is_some_and(is_word);
        let after = char_at(text, j).is_some_and(is_word);
        if before != head_w && (after != tail_w || !whole) {
            out.push(i);
        }
    }
    out
}

/// Stretches from `before` characters ahead of each (sorted) span to `after` past it, merged.
pub fn merged_windows(text: &str, spans: &[(usize, usize)], before: usize, after: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in spans {
        let lo = py::back(text, a, before);
        let hi = py::fwd(text, b, after);
        if let Some(last) = out.last_mut() {
            if lo <= last.1 {
                last.1 = last.1.max(hi);
                continue;
            }
        }
        out.push((lo, hi));
    }
    out
}

/// `text` with every character inside `spans` (sorted) blanked, line breaks kept, each to a
/// blank of the same byte length, so byte offsets hold. `one_for_one`: each character
/// becomes one whitespace character (U+0085, U+2007 for the longer ones), so character
/// offsets hold too, for text read with Python's offsets; otherwise plain spaces, for
/// reading the blanks as the spaces Python's rules saw (quote pairing's neighbours).
pub fn blank(text: &str, spans: &[(usize, usize)], one_for_one: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for &(s0, e) in spans {
        let s = s0.max(pos);
        if e <= s {
            continue;
        }
        out.push_str(&text[pos..s]);
        for c in text[s..e].chars() {
            match (c, c.len_utf8()) {
                ('\n', _) => out.push('\n'),
                (_, 1) => out.push(' '),
                (_, 2) if one_for_one => out.push('\u{85}'),
                (_, 3) if one_for_one => out.push('\u{2007}'),
                (_, 4) if one_for_one => out.push('\u{E0020}'),
                (_, n) => out.extend(std::iter::repeat_n(' ', n)),
            }
        }
        pos = e;
    }
    out.push_str(&text[pos..]);
    out
}

pub fn paragraphs(text: &str, start: usize, end: usize) -> Vec<Span> {
    let region = &text[start..end];
    let lines: Vec<&str> = region.split('\n').collect();
    let nonempty: Vec<&str> = lines.iter().copied().filter(|l| !py::strip_ws(l).is_empty()).collect();
    let blank_separated = nonempty.len() >= 4
        && lines.iter().filter(|l| py::strip_ws(l).is_empty()).count() >= 2
        && {
            let mut lens: Vec<usize> = nonempty.iter().map(|l| py::char_len(l)).collect();
            lens.sort_unstable();
            lens[nonempty.len() / 2] < 90
        }
        && lines
            .windows(2)
            .filter(|w| !py::strip_ws(w[0]).is_empty() && !py::strip_ws(w[1]).is_empty())
            .count()
            > nonempty.len() / 2;
    let mut out = Vec::new();
    let mut pos = start;
    let mut cur_start: Option<usize> = None;
    let mut cur_end = start;
    for ln in lines {
        let (ln_start, ln_end) = (pos, pos + ln.len());
        pos = ln_end + 1;
        if py::strip_ws(ln).is_empty() {
            if let Some(cs) = cur_start.take() {
                out.push(Span { start: cs, end: cur_end });
            }
            continue;
        }
        let lead = ln.len() - py::lstrip_ws(ln).len();
        let trail = py::rstrip_ws(ln).len();
        if blank_separated {
            if cur_start.is_none() {
                cur_start = Some(ln_start + lead);
            }
            cur_end = ln_start + trail;
        } else {
            out.push(Span {
                start: ln_start + lead,
                end: ln_start + trail,
            });
        }
    }
    if let Some(cs) = cur_start {
        out.push(Span { start: cs, end: cur_end });
    }
    out
}

/// Sentences of one paragraph; no boundary falls strictly inside a `protected` span.
pub fn sentences(text: &str, para: Span, protected: &[(usize, usize)], starts: &[usize]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut s = para.start;
    for (dot, cut) in boundaries(text, para.start, para.end) {
        if is_abbreviation(text, dot) {
            continue;
        }
        let k = starts.partition_point(|&x| x < dot) as isize - 1;
        if k >= 0 && cut < protected[k as usize].1 {
            continue;
        }
        let mut end = cut;
        while end > s && char_before(text, end).is_some_and(py::is_space) {
            end = py::back(text, end, 1);
        }
        if end > s {
            out.push(Span { start: s, end });
        }
        s = cut;
    }
    if s < para.end {
        out.push(Span { start: s, end: para.end });
    }
    out
}

const STOPS: &str = ".!?…";

/// `BOUNDARY.finditer(text, lo, hi)`, tried only where a run of stops begins: a match must
/// begin with one, and where the run's first stop fails, its later ones fail too.
fn boundaries(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let hay = &text[..hi];
    let region = &hay.as_bytes()[lo..];
    let mut stops: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', region).map(|k| lo + k).collect();
    if region.contains(&0xE2) {
        stops.extend(memchr::memmem::find_iter(region, "…".as_bytes()).map(|k| lo + k));
        stops.sort_unstable();
    }
    let mut out = Vec::new();
    let mut from = lo;
    for k in stops {
        if k < from {
            continue;
        }
        // a run of stops is tried at its first (or where the search resumes)
        if k > from && char_before(hay, k).is_some_and(|c| STOPS.contains(c)) {
            continue;
        }
        if let Some(m) = BOUNDARY.match_at(hay, k) {
            let e = m.get(0).unwrap().end();
            out.push((k, e));
            from = e;
        }
    }
    out
}

fn is_abbreviation(text: &str, dot: usize) -> bool {
    if char_at(text, dot) != Some('.') {
        return false;
    }
    let mut j = dot;
    while let Some(c) = char_before(text, j) {
        if c.is_alphabetic() || c == '.' {
            j -= c.len_utf8();
        } else {
            break;
        }
    }
    let word = py::lower(&text[j..dot]);
    if py::char_len(&word) == 1 && py::is_alpha(&word) {
        return true;
    }
    LEX.sentence_abbreviations.contains(&word)
}

/// The shortest line a hard wrap leaves: a paragraph's line this long or longer that breaks
/// runs on into the next line; a shorter one (verse, a list, an address) ends where it breaks.
const WRAPPED_LINE_CHARS: usize = 40;

/// `masked` with the line breaks of hard-wrapped prose read as spaces, so a name or a clause
/// broken over two lines ("the Valley" / "Gazette reports") reads whole; one byte for one,
/// so every offset still points into the original text.
pub fn joined_lines(masked: &str, paras: &[Span]) -> String {
    let mut out = masked.as_bytes().to_vec();
    for p in paras {
        let mut line_start = p.start;
        for (i, c) in masked[p.start..p.end].char_indices() {
            let at = p.start + i;
            if c != '\n' {
                continue;
            }
            let next_is_text = masked[at + 1..p.end].starts_with(|n: char| n != '\n' && !n.is_whitespace());
            if next_is_text && masked[line_start..at].chars().count() >= WRAPPED_LINE_CHARS {
                out[at] = b' ';
            }
            line_start = at + 1;
        }
    }
    String::from_utf8(out).expect("a newline replaced by a space keeps UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_prose_lines_read_as_one_and_short_lines_stay_apart() {
        let text = "The mill had lost money for years, as the owners had said in March, as the Valley\nGazette reports.\n\nThe tide comes in,\nthe tide goes out.";
        let paras = vec![
            Span { start: 0, end: 98 },
            Span {
                start: 100,
                end: text.len(),
            },
        ];
        let joined = joined_lines(text, &paras);
        assert_eq!(joined.len(), text.len());
        assert!(joined.contains("the Valley Gazette reports."));
        assert!(joined.contains("\n\nThe tide comes in,\nthe tide goes out."));
    }
}
