//! Where the article's own numbered note list is, and where each of its entries starts and
//! ends. The list is read by its own numbering (n, n+1, …), not by the shape of its lines:
//! archived pages are hard-wrapped, so an entry runs over several unindented lines, a number
//! may stand alone on its line, several bracketed entries may share one line, and a list may
//! have no heading at all. Cutting an entry into fields is `references`' job.

use crate::markers::{find_markers, parse_int, superscript_digits};
use crate::py;
use crate::references::{is_heading, parse_reference, Reference, ReferenceList};

// "Ibid.", "Id.", and a short cite naming the author first: "Lindqvist, Ibid."
rx!(IBID = r"(?i)^\s*(?:\p{Lu}[\w’'\-]+(?:\s+\p{Lu}[\w’'\-]+){0,2},?\s+)?(?:ibid|ibidem|id)\b\.?");

/// How an entry's number is printed. One list keeps one numbering throughout.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Numbering {
    /// `[1]`, `[^1]:` (Markdown footnotes)
    Bracket,
    /// `¹`
    Superscript,
    /// `1.`, `1)`, `1:`, `1 –`
    Dotted,
    /// `(1)`
    Parenthesised,
    /// `1 Name, Title …`: a bare number and a space
    Bare,
}

impl Numbering {
    /// Numberings that open a list only under a heading, or as the trailing notes of a text
    /// whose body carries their markers: a body's own numbered list uses them too.
    fn needs_evidence(self) -> bool {
        matches!(self, Numbering::Dotted | Numbering::Parenthesised | Numbering::Bare)
    }
}

/// The number that opens a line, and where the entry's own words start on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opening {
    pub n: i64,
    pub numbering: Numbering,
    /// byte offset, in the line, of the entry's first word (the line's length if none)
    pub text_at: usize,
}

/// How many digits a printed note number has at most (lists run past 99, rarely past 999).
const MAX_DIGITS: usize = 3;

/// Lines an entry may run over before it is taken for prose that follows the list.
const MAX_ENTRY_LINES: usize = 12;

fn digits_at(line: &str, at: usize) -> usize {
    line[at..].bytes().take_while(|b| b.is_ascii_digit()).count()
}

/// The numbered opening of a line, read by hand (a line-start pattern per numbering).
pub fn opening(line: &str) -> Option<Opening> {
    let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
    let rest = &line[lead..];
    let first = rest.chars().next()?;
    let (n, numbering, after) = match first {
        '[' => {
            let mut at = lead + 1;
            if line[at..].starts_with('^') {
                at += 1;
            }
            let d = digits_at(line, at);
            if !(1..=MAX_DIGITS).contains(&d) || !line[at + d..].starts_with(']') {
                return None;
            }
            let mut after = at + d + 1;
            if line[after..].starts_with(':') {
                after += 1;
            }
            (parse_int(&line[at..at + d]), Numbering::Bracket, after)
        }
        '⁰' | '¹' | '²' | '³' | '⁴'..='⁹' => {
            let run: String = rest
                .chars()
                .take_while(|c| matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹'))
                .collect();
            if run.chars().count() > MAX_DIGITS {
                return None;
            }
            (parse_int(&superscript_digits(&run)), Numbering::Superscript, lead + run.len())
        }
        '(' => {
            let d = digits_at(line, lead + 1);
            if !(1..=MAX_DIGITS).contains(&d) || !line[lead + 1 + d..].starts_with(')') {
                return None;
            }
            (parse_int(&line[lead + 1..lead + 1 + d]), Numbering::Parenthesised, lead + d + 2)
        }
        '0'..='9' => {
            let d = digits_at(line, lead);
            if d > MAX_DIGITS {
                return None;
            }
            let n = parse_int(&line[lead..lead + d]);
            let after_digits = &line[lead + d..];
            let punct = after_digits.chars().next();
            match punct {
                Some('.' | ')' | ':' | '-') => (n, Numbering::Dotted, lead + d + 1),
                Some('–') => (n, Numbering::Dotted, lead + d + '–'.len_utf8()),
                None => (n, Numbering::Bare, lead + d),
                Some(' ' | '\t') => {
                    let words = after_digits.trim_start_matches([' ', '\t']);
                    let skipped = after_digits.len() - words.len();
                    if words.starts_with(['-', '–']) {
                        (n, Numbering::Dotted, lead + d + skipped + words.chars().next().unwrap().len_utf8())
                    } else if bare_entry_start(words) {
                        (n, Numbering::Bare, lead + d)
                    } else {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    // the number must stand apart from the words: "1.5 million" and "2:30" open no entry
    let tail = &line[after..];
    if !(tail.is_empty() || tail.starts_with([' ', '\t']) || numbering == Numbering::Superscript || numbering == Numbering::Bracket) {
        return None;
    }
    let text_at = after + (tail.len() - skip_back_links(tail).len());
    Some(Opening { n, numbering, text_at })
}

/// What may follow a bare number for it to open an entry: a capital, a quotation mark, a
/// URL or a wiki back-link, as a citation starts; never a lower-case word or another figure
/// ("3 million people", "12 34").
fn bare_entry_start(words: &str) -> bool {
    let Some(c) = words.chars().next() else { return true };
    py::char_upper(c) || "“\"‘'«„*_↑^".contains(c) || words.starts_with("http") || words.starts_with("www.")
}

/// Wiki back-links before an entry's words: "↑ 1.0 1.1", "^ a b".
fn skip_back_links(tail: &str) -> &str {
    let t = py::lstrip_ws(tail);
    let Some(rest) = t.strip_prefix(['↑', '^']) else { return t };
    let mut rest = py::lstrip_ws(rest);
    loop {
        let word_end = rest.find(|c: char| py::is_space(c)).unwrap_or(rest.len());
        let word = &rest[..word_end];
        let is_label = (word.len() == 1 && word.chars().all(|c| c.is_ascii_lowercase()))
            || (word.contains('.') && word.chars().all(|c| c.is_ascii_digit() || c == '.'));
        if !is_label || word_end == rest.len() {
            return rest;
        }
        rest = py::lstrip_ws(&rest[word_end..]);
    }
}

struct Line<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

fn lines_of(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        lines.push(Line {
            start: pos,
            end: pos + line.len(),
            text: line,
        });
        pos += line.len() + 1;
    }
    lines
}

/// One entry as read: its number, its words joined over lines, and its byte span.
#[derive(Debug)]
struct Entry {
    n: i64,
    raw: String,
    start: usize,
    end: usize,
}

struct Block {
    start: usize,
    end: usize,
    entries: Vec<Entry>,
    numbering: Numbering,
    headed: bool,
    /// only blank lines follow the block
    trailing: bool,
}

/// Whether `o` continues a list whose last number is `last`: the next number in the same
/// numbering (one skipped number is forgiven, except for bare numbers, which prose has).
fn continues(o: &Opening, numbering: Numbering, last: i64) -> bool {
    o.numbering == numbering && (o.n == last + 1 || (o.n == last + 2 && numbering != Numbering::Bare))
}

/// Adds `piece` (the words of one line, at byte `at` of the text) to the entries. Bracketed
/// lists may print several entries on one line ("[1] http://a [2] http://b"): the line is cut
/// wherever the next number stands after a space.
fn add_piece(entries: &mut Vec<Entry>, numbering: Numbering, piece: &str, at: usize, line_end: usize) {
    let mut piece = piece;
    let mut at = at;
    loop {
        let last = entries.last_mut().expect("an entry to add to");
        let next = format!("[{}]", last.n + 1);
        let cut = if numbering == Numbering::Bracket {
            piece
                .match_indices(&next)
                .map(|(i, _)| i)
                .find(|&i| i > 0 && piece[..i].ends_with([' ', '\t']))
        } else {
            None
        };
        let own = cut.map_or(piece, |i| &piece[..i]);
        let words = py::strip_ws(own);
        if !words.is_empty() {
            if !last.raw.is_empty() {
                last.raw.push(' ');
            }
            last.raw.push_str(words);
        }
        last.end = cut.map_or(line_end, |i| at + py::rstrip_ws(&piece[..i]).len());
        let Some(i) = cut else { return };
        let n = last.n + 1;
        let words_at = i + next.len();
        entries.push(Entry {
            n,
            raw: String::new(),
            start: at + i,
            end: at + words_at,
        });
        piece = &piece[words_at..];
        at += words_at;
    }
}

/// Whether the next entry's number opens one of the coming lines, before a blank line.
fn entry_ahead(lines: &[Line], numbering: Numbering, last_n: i64) -> bool {
    lines
        .iter()
        .take(MAX_ENTRY_LINES)
        .take_while(|l| !py::strip_ws(l.text).is_empty())
        .any(|l| opening(l.text).is_some_and(|o| continues(&o, numbering, last_n)))
}

/// Reads the entries that follow the opening at line `first`, by their numbering.
fn read_block(lines: &[Line], first: usize, o: Opening, heading_start: Option<usize>) -> (Block, usize) {
    let numbering = o.numbering;
    let mut entries = vec![Entry {
        n: o.n,
        raw: String::new(),
        start: lines[first].start,
        end: lines[first].end,
    }];
    let line = &lines[first];
    add_piece(&mut entries, numbering, &line.text[o.text_at..], line.start + o.text_at, line.end);
    let mut lines_in_entry = 1;
    let mut gap = false;
    let mut j = first + 1;
    while j < lines.len() {
        let line = &lines[j];
        if py::strip_ws(line.text).is_empty() {
            gap = true;
            j += 1;
            continue;
        }
        let last_n = entries.last().unwrap().n;
        if let Some(next) = opening(line.text).filter(|x| continues(x, numbering, last_n)) {
            entries.push(Entry {
                n: next.n,
                raw: String::new(),
                start: line.start,
                end: line.end,
            });
            add_piece(
                &mut entries,
                numbering,
                &line.text[next.text_at..],
                line.start + next.text_at,
                line.end,
            );
            lines_in_entry = 1;
            gap = false;
            j += 1;
            continue;
        }
        // a line that opens no entry continues the last one: a hard-wrapped line, the words
        // of a number that stood alone, or (after a blank) an indented continuation
        let number_alone = entries.last().unwrap().raw.is_empty();
        let indented = line.text.starts_with([' ', '\t']);
        if lines_in_entry >= MAX_ENTRY_LINES || (gap && !number_alone && !indented) || is_heading(line.text) {
            break;
        }
        // an entry that closed with a full stop goes on only if its next number follows
        // (the last entry of a list is often followed, with no blank, by the page's own lines)
        let closed = lines[j - 1].text.trim_end().ends_with(['.', '!', '?']);
        if closed && !number_alone && !entry_ahead(&lines[j..], numbering, last_n) {
            break;
        }
        add_piece(&mut entries, numbering, line.text, line.start, line.end);
        lines_in_entry += 1;
        gap = false;
        j += 1;
    }
    let end = entries.last().unwrap().end;
    let trailing = lines[j..].iter().all(|l| py::strip_ws(l.text).is_empty());
    let block = Block {
        start: heading_start.unwrap_or(entries[0].start),
        end,
        entries,
        numbering,
        headed: heading_start.is_some(),
        trailing,
    };
    (block, j)
}

/// Whether a block of numbered lines is the article's note list rather than a numbered list
/// in its body. A heading says so. Without one, bracketed and superscript numbers are note
/// numbers already; other numberings count only as the text's trailing block, and only when
/// the body before it carries a marker for their first number.
fn reads_as_notes(text: &str, b: &Block) -> bool {
    if b.entries.iter().all(|e| e.raw.is_empty()) {
        return false;
    }
    if b.headed {
        return true;
    }
    if b.entries[0].n != 1 {
        return false;
    }
    if !b.numbering.needs_evidence() {
        return true;
    }
    if !b.trailing {
        return false;
    }
    let limit = b.entries.last().map(|e| e.n);
    find_markers(&text[..b.start], limit).iter().any(|m| m.numbers.contains(&1))
}

/// The article's reference list: the last headed list, else the last list that reads as notes.
pub fn find_reference_list(text: &str) -> Option<ReferenceList> {
    let lines = lines_of(text);
    let mut blocks: Vec<Block> = Vec::new();
    let mut heading_start: Option<usize> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if py::strip_ws(line.text).is_empty() {
            i += 1;
            continue;
        }
        if is_heading(line.text) {
            heading_start = Some(line.start);
            i += 1;
            continue;
        }
        if let Some(o) = opening(line.text) {
            if o.n == 1 || heading_start.is_some() {
                let (block, next) = read_block(&lines, i, o, heading_start);
                if reads_as_notes(text, &block) {
                    blocks.push(block);
                    heading_start = None;
                    i = next;
                    continue;
                }
            }
        }
        heading_start = None;
        i += 1;
    }
    let chosen = blocks.iter().rposition(|b| b.headed).or(blocks.len().checked_sub(1))?;
    let block = blocks.swap_remove(chosen);
    let mut references: Vec<Reference> = block
        .entries
        .into_iter()
        .map(|e| parse_reference(e.n, &e.raw, e.start, e.end))
        .collect();
    resolve_ibids(&mut references);
    Some(ReferenceList {
        start: block.start,
        end: block.end,
        references,
    })
}

/// "Ibid." points back to the nearest earlier entry that is not itself an ibid.
fn resolve_ibids(references: &mut [Reference]) {
    let mut last_real = None;
    for r in references.iter_mut() {
        if is_ibid(&r.raw) {
            r.ibid_of = last_real;
        } else {
            last_real = Some(r.n);
        }
    }
}

/// Whether an entry's words are only an ibid.
pub fn is_ibid(raw: &str) -> bool {
    IBID.match_(raw).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<(i64, String)> {
        find_reference_list(text)
            .map(|l| l.references.into_iter().map(|r| (r.n, r.raw)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn openings() {
        fn o(s: &str) -> Option<(i64, Numbering, &str)> {
            opening(s).map(|o| (o.n, o.numbering, &s[o.text_at..]))
        }
        assert_eq!(o("[2] Harbour"), Some((2, Numbering::Bracket, "Harbour")));
        assert_eq!(o("[^3]: Note"), Some((3, Numbering::Bracket, "Note")));
        assert_eq!(o("¹ Note"), Some((1, Numbering::Superscript, "Note")));
        assert_eq!(o("(4) Note"), Some((4, Numbering::Parenthesised, "Note")));
        assert_eq!(o("1."), Some((1, Numbering::Dotted, "")));
        assert_eq!(o("12. Note"), Some((12, Numbering::Dotted, "Note")));
        assert_eq!(o("2 Harbour Board"), Some((2, Numbering::Bare, "Harbour Board")));
        assert_eq!(o("1. ↑ 1.0 1.1 Wonderbook"), Some((1, Numbering::Dotted, "Wonderbook")));
        assert_eq!(o("3 million people"), None);
        assert_eq!(o("1.5 million"), None);
        assert_eq!(o("11, 2012"), None);
        assert_eq!(o("2007"), None);
    }

    #[test]
    fn hard_wrapped_entries_run_to_the_next_number() {
        let text = "Body.\n\nNotes\n1. Mara Lindqvist, Tidal Power and the Grid,\nHarbour Ledger (May 3, 2011)\n2. Ivo Brandt, Cranes,\nPort Weekly, 2012\n";
        assert_eq!(
            numbers(text),
            vec![
                (
                    1,
                    "Mara Lindqvist, Tidal Power and the Grid, Harbour Ledger (May 3, 2011)".to_string()
                ),
                (2, "Ivo Brandt, Cranes, Port Weekly, 2012".to_string())
            ]
        );
    }

    #[test]
    fn a_number_alone_on_its_line_takes_the_next_line() {
        let text = "Body.\n\nNotes\n1.\nhttp://example.org/ferry\n2.\n\nhttp://example.org/dock\n";
        assert_eq!(
            numbers(text),
            vec![
                (1, "http://example.org/ferry".to_string()),
                (2, "http://example.org/dock".to_string())
            ]
        );
    }

    #[test]
    fn several_bracketed_entries_on_one_line() {
        let text = "Body [1] and [3].\n\n[1] http://a.example [2] http://b.example [3] http://c.example\n";
        assert_eq!(
            numbers(text),
            vec![
                (1, "http://a.example".to_string()),
                (2, "http://b.example".to_string()),
                (3, "http://c.example".to_string())
            ]
        );
    }

    #[test]
    fn a_body_list_without_markers_is_not_notes() {
        let text = "Three steps:\n\n1. Sweep the dock.\n2. Paint the crane.\n";
        assert!(find_reference_list(text).is_none());
    }

    #[test]
    fn trailing_notes_with_body_markers() {
        let text = "He spoke of the “full identification”1, as critics do.\n\n1 Maani, S. (2019): Der Islam. In: Versorgerin #121\n";
        assert_eq!(numbers(text).len(), 1);
    }

    #[test]
    fn page_lines_after_a_closed_last_entry_are_not_part_of_it() {
        let text = "Notes\n[1] Harbour Ledger, 2011.\n[2] Port Weekly, May 2, 2012.\nMore from the Valley Gazette\nSubscribe\n";
        assert_eq!(numbers(text)[1], (2, "Port Weekly, May 2, 2012.".to_string()));
    }

    #[test]
    fn prose_after_the_last_entry_is_not_an_entry() {
        let text = "Notes\n1. Harbour Ledger, 2011\n\nThe harbour was later sold.\n";
        assert_eq!(numbers(text), vec![(1, "Harbour Ledger, 2011".to_string())]);
    }
}
