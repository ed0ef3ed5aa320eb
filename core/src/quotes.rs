//! Direct quotations: pairing quote marks by their role, not by their count.

use crate::lexicon::LEX;
use crate::py::{self, char_at, char_before};
use crate::text::{blank, Span};

pub const DOUBLE_OPEN: &str = "“„‟«";
pub const DOUBLE_CLOSE: &str = "”»";
const SINGLE_OPEN: &str = "‘‚‛‹";
const SINGLE_CLOSE: &str = "’›";
pub const MIN_WORDS: usize = 6;
const MAX_CONTINUATION: usize = 12;

rx!(SINGLE_OPENERS = r"[‘‚‛‹]");
rx!(MARK_BEFORE_LETTER = r"['’](?=[^\W\d_])");
rx!(SENTENCE_PUNCT = r"[.!?;]\s");

#[derive(Clone, Debug)]
pub struct RawQuote {
    pub open_at: usize,
    pub close_at: usize,
    pub spans: Vec<(usize, usize)>,
    pub paragraph: usize,
    pub last_paragraph: usize,
}

impl RawQuote {
    fn opening(open_at: usize, paragraph: usize) -> RawQuote {
        RawQuote {
            open_at,
            close_at: 0,
            spans: vec![],
            paragraph,
            last_paragraph: 0,
        }
    }

    /// Offset just past the closing mark (both characters of a doubled `’’` or `''`).
    pub fn close_end(&self, text: &str) -> usize {
        let end = py::after_char(text, self.close_at);
        let c = char_at(text, self.close_at);
        if matches!(c, Some('\'' | '’')) && end < text.len() && char_at(text, end) == c {
            return py::after_char(text, end);
        }
        end
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Open,
    Close,
    Either,
    None,
}

#[derive(PartialEq, Clone, Copy)]
enum Mode {
    Double,
    Single,
}

/// The mark at `pos` as the pairing reads it, and its length: two single marks typed for one
/// double mark (`‘‘…’’`, the `''…''` of wire and NYT copy, TeX's ``` ``…'' ```) are that
/// double mark.
fn mark_at(text: &str, pos: usize, mode: Mode) -> (char, usize) {
    let ch = char_at(text, pos).unwrap();
    let len = ch.len_utf8();
    if mode == Mode::Double {
        let doubled = |c: char| text[pos + len..].starts_with(c);
        match ch {
            '‘' | '`' if doubled(ch) => return ('“', 2 * len),
            '’' if doubled(ch) => return ('”', 2 * len),
            '\'' if doubled(ch) => return ('"', 2 * len),
            _ => {}
        }
    }
    (ch, len)
}

fn in_set(c: Option<char>, set: &str) -> bool {
    c.is_some_and(|c| set.contains(c))
}

fn opener_kind(ch: char, prev: Option<char>, nxt: Option<char>, inside: bool, mode: Mode) -> Kind {
    let space_before = prev.is_none() || in_set(prev, " \t\n([{—–-/");
    let space_after = nxt.is_none() || in_set(nxt, " \t\n");
    let nxt_alpha = nxt.is_some_and(char::is_alphabetic);
    let nxt_digit = nxt.is_some_and(py::is_digit_char);
    let nxt_alnum = nxt.is_some_and(py::is_alnum_char);
    let word_after = nxt_alpha || in_set(nxt, "‘'“\"[(….");
    if mode == Mode::Double {
        if DOUBLE_OPEN.contains(ch) {
            return Kind::Open;
        }
        if DOUBLE_CLOSE.contains(ch) {
            if inside {
                return Kind::Close;
            }
            if word_after && !nxt_digit {
                return Kind::Open;
            }
            if space_before && !space_after {
                return Kind::Open;
            }
            return Kind::None;
        }
        if space_before && !space_after {
            return if !inside { Kind::Open } else { Kind::Either };
        }
        if !space_before && (space_after || !nxt_alnum) {
            return Kind::Close;
        }
        return Kind::Either;
    }
    if SINGLE_OPEN.contains(ch) {
        return if !nxt_digit { Kind::Open } else { Kind::None };
    }
    let prev_alpha = prev.is_some_and(char::is_alphabetic);
    if prev_alpha && nxt_alpha {
        return Kind::None;
    }
    if SINGLE_CLOSE.contains(ch) || ch == '\'' {
        if !space_before && (space_after || !nxt_alnum) {
            if in_set(prev, "sz") && !inside {
                return Kind::None;
            }
            return if inside { Kind::Close } else { Kind::None };
        }
        if space_before && nxt_alpha {
            return Kind::Open;
        }
    }
    Kind::None
}

/// Pair quote marks paragraph by paragraph: quotations and (code, offset) warnings.
pub fn find_raw_quotes(text: &str, paras: &[Span]) -> (Vec<RawQuote>, Vec<(&'static str, usize)>) {
    let (doubles, warnings) = pair(text, paras, Mode::Double);
    if !single_opener_possible(text) {
        return (doubles, warnings);
    }
    let spans: Vec<(usize, usize)> = doubles.iter().map(|q| (q.open_at, q.close_end(text))).collect();
    let blanked = blank(text, &spans, false);
    let (singles, _) = pair(&blanked, paras, Mode::Single);
    let mut all = doubles;
    all.extend(singles);
    all.sort_by_key(|q| q.open_at);
    (all, warnings)
}

fn single_opener_possible(text: &str) -> bool {
    if SINGLE_OPENERS.is_match(text) {
        return true;
    }
    MARK_BEFORE_LETTER
        .find_iter(text)
        .into_iter()
        .any(|(a, _)| a == 0 || in_set(char_before(text, a), " \t\n([{—–-/"))
}

/// Where the pairing of marks stands: the quotations closed so far, the one open, where its
/// words resume, and a paragraph whose first mark reopens it (not a new quotation).
#[derive(Default)]
struct Pairing {
    quotes: Vec<RawQuote>,
    warnings: Vec<(&'static str, usize)>,
    current: Option<RawQuote>,
    piece_start: usize,
    skip_first_mark_of: Option<usize>,
}

/// Quote marks paired into quotations, paragraph by paragraph, by each mark's role (opening,
/// closing, either) and what surrounds it.
fn pair(text: &str, paras: &[Span], mode: Mode) -> (Vec<RawQuote>, Vec<(&'static str, usize)>) {
    let per_para: Vec<Vec<usize>> = paras.iter().map(|p| mark_positions(text, p.start, p.end, mode)).collect();
    let mut st = Pairing::default();
    for (pi, &para) in paras.iter().enumerate() {
        let marks = &per_para[pi];
        let ahead = MarksAhead::of(text, marks, mode);
        let mut mi = 0;
        if st.current.is_some() {
            st.piece_start = para.start;
            if st.skip_first_mark_of == Some(pi) && !marks.is_empty() && marks[0] == para.start {
                st.piece_start = para.start + mark_at(text, para.start, mode).1;
                mi = 1;
            }
        }
        st.skip_first_mark_of = None;
        while mi < marks.len() {
            mi = st.read_mark(text, para, pi, marks, mi, &ahead, mode);
        }
        if st.current.is_some() {
            st.end_paragraph(text, paras, &per_para, pi, mode);
        }
    }
    (st.quotes, st.warnings)
}

impl Pairing {
    /// The mark `marks[mi]`: it opens a quotation, closes the open one, opens one nested in
    /// it, or is an inner straight quote of a curly quotation. Returns the next mark to read.
    #[allow(clippy::too_many_arguments)]
    fn read_mark(&mut self, text: &str, para: Span, pi: usize, marks: &[usize], mi: usize, ahead: &MarksAhead, mode: Mode) -> usize {
        let pos = marks[mi];
        let (ch, mark_len) = mark_at(text, pos, mode);
        let prev = if pos > para.start { char_before(text, pos) } else { None };
        let after = pos + mark_len;
        let nxt = if after < para.end { char_at(text, after) } else { None };
        let kind = opener_kind(ch, prev, nxt, self.current.is_some(), mode);
        let Some(cur) = self.current.as_mut() else {
            if kind == Kind::Open || kind == Kind::Either {
                self.current = Some(RawQuote::opening(pos, pi));
                self.piece_start = after;
            }
            return mi + 1;
        };
        let curly_open = DOUBLE_OPEN.contains(ch) || SINGLE_OPEN.contains(ch);
        let is_closer = kind == Kind::Close || kind == Kind::Either || (kind == Kind::Open && !curly_open);
        if kind == Kind::Open && curly_open {
            if nested(text, marks, mi + 1, para, ahead) {
                // a quotation inside the quotation. When another closing mark follows its
                // own, that one is the outer's ("… and murmured “Aguamenti” too: …”); when
                // its own is the paragraph's last, the inner one was left open and that mark
                // closes the outer
                let inner_close = ahead.closer_from(mi + 1);
                let outer_follows = inner_close + 1 < marks.len() && ahead.closer_from(inner_close + 1) < marks.len();
                return if outer_follows { inner_close + 1 } else { mi + 1 };
            }
            self.warnings.push(("unclosed-quote", cur.open_at));
            self.current = Some(RawQuote::opening(pos, pi));
            self.piece_start = after;
        } else if is_closer
            && ch == '"'
            && char_at(text, cur.open_at).is_some_and(|c| DOUBLE_OPEN.contains(c))
            && ahead.curly_close_follows(mi + 1)
            && !interrupted(text, pos, marks.get(mi + 1).copied())
        {
            // straight marks inside a curly quotation are its own inner quotes
        } else if is_closer {
            let mut q = self.current.take().unwrap();
            q.spans.push((self.piece_start, pos));
            q.close_at = pos;
            q.last_paragraph = pi;
            self.quotes.push(q);
        }
        mi + 1
    }

    /// A quotation still open at its paragraph's end: carried into the next paragraph when
    /// that goes on with it (closed here and reopened there, news style, when the next
    /// paragraph opens on a mark), else left unclosed, with a warning.
    fn end_paragraph(&mut self, text: &str, paras: &[Span], per_para: &[Vec<usize>], pi: usize, mode: Mode) {
        let para = paras[pi];
        let Some(cur) = self.current.as_mut() else { return };
        let nxt_pi = pi + 1;
        if nxt_pi < paras.len() && nxt_pi - cur.paragraph <= MAX_CONTINUATION && continues(text, paras[nxt_pi], &per_para[nxt_pi], mode) {
            let reopened = !per_para[nxt_pi].is_empty() && per_para[nxt_pi][0] == paras[nxt_pi].start;
            if reopened {
                let words_end = self.piece_start + py::rstrip_ws(&text[self.piece_start..para.end]).len();
                let mut q = self.current.take().unwrap();
                q.spans.push((self.piece_start, words_end));
                q.close_at = py::back(text, words_end.max(self.piece_start + 1), 1);
                q.last_paragraph = pi;
                self.quotes.push(q);
                self.current = Some(RawQuote::opening(paras[nxt_pi].start, nxt_pi));
                self.skip_first_mark_of = Some(nxt_pi);
            } else {
                cur.spans.push((self.piece_start, para.end));
            }
        } else {
            self.warnings.push(("unclosed-quote", cur.open_at));
            if let Some(q) = closed_by_paragraph_end(text, para, self.current.take().unwrap(), self.piece_start, pi) {
                self.quotes.push(q);
            }
        }
    }
}

/// A quotation a cue opens (`said: “…`, or a paragraph's first mark) whose paragraph ends
/// a sentence with no closing mark, and no next paragraph takes it up: a closing mark lost
/// to a web page's layout (a caption or a "SEE MORE" link set between the paragraphs).
/// The words run to the paragraph's end; the "unclosed-quote" warning still says so.
fn closed_by_paragraph_end(text: &str, para: Span, mut q: RawQuote, piece_start: usize, pi: usize) -> Option<RawQuote> {
    let lead = py::rstrip_ws(&text[para.start..q.open_at]);
    let cued = lead.is_empty() || lead.ends_with(':') || lead.ends_with(',');
    let words = py::rstrip_ws(&text[piece_start..para.end]);
    let ends_sentence = words.ends_with(['.', '!', '?']);
    if q.paragraph != pi || !cued || !ends_sentence || word_count(words) < MIN_WORDS {
        return None;
    }
    let words_end = piece_start + words.len();
    q.spans.push((piece_start, words_end));
    q.close_at = py::back(text, words_end, 1); // the stop: what follows it is the attribution's
    q.last_paragraph = pi;
    Some(q)
}

/// Offsets of the quote marks of `mode` in `text[lo..hi]`: the bytes a mark can begin with
/// are found by `memchr`, and only those characters are read.
fn mark_positions(text: &str, lo: usize, hi: usize, mode: Mode) -> Vec<usize> {
    let bytes = &text.as_bytes()[lo..hi];
    let is_mark = |pos: usize| {
        let c = char_at(text, pos).unwrap();
        match mode {
            Mode::Double => "“„‟«”»\"".contains(c) || (pos + c.len_utf8() < hi && mark_at(text, pos, mode).1 > c.len_utf8()),
            Mode::Single => "‘‚‛‹’›'".contains(c),
        }
    };
    let mut candidates: Vec<usize> = if mode == Mode::Double {
        let mut c: Vec<usize> = memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes).map(|k| lo + k).collect();
        // doubled single marks and TeX's backticks stand for a double mark too
        c.extend(memchr::memchr2_iter(b'\'', b'`', bytes).map(|k| lo + k));
        c.sort_unstable();
        c
    } else {
        memchr::memchr3_iter(b'\'', 0xE2, 0xC2, bytes).map(|k| lo + k).collect()
    };
    candidates.retain(|&p| is_mark(p));
    let mut out: Vec<usize> = Vec::with_capacity(candidates.len());
    for pos in candidates {
        // the second character of a doubled mark belongs to the first
        if out.last().is_some_and(|&last| last + mark_at(text, last, mode).1 > pos) {
            continue;
        }
        out.push(pos);
    }
    out
}

fn nested(text: &str, marks: &[usize], first: usize, para: Span, ahead: &MarksAhead) -> bool {
    let first_closer = ahead.closer_from(first);
    let Some(&one) = marks.get(first_closer) else {
        return false;
    };
    if first_closer + 1 < marks.len() && ahead.closer_from(first_closer + 1) < marks.len() {
        return true;
    }
    let tail = &text[py::after_char(text, one)..para.end];
    tail.chars()
        .all(|c| py::is_space(c) || ".,;:!?’'”\"[])".contains(c) || c.is_ascii_digit())
}

/// For each mark of a paragraph, where the next closing mark and the next curly mark stand:
/// built once per paragraph (backwards), so that looking ahead from every opening mark is a
/// lookup, not a scan. A paragraph of 80,000 unclosed marks took 80 s when each scanned.
struct MarksAhead {
    /// index of the first closing mark at or after each index (`marks.len()` if none)
    closer: Vec<usize>,
    /// whether the first curly mark at or after each index closes (false if none)
    curly_closes: Vec<bool>,
}

impl MarksAhead {
    fn of(text: &str, marks: &[usize], mode: Mode) -> Self {
        let n = marks.len();
        let mut closer = vec![n; n + 1];
        let mut curly_closes = vec![false; n + 1];
        for i in (0..n).rev() {
            let (ch, _) = mark_at(text, marks[i], mode);
            let closes =
                (mode == Mode::Double && (DOUBLE_CLOSE.contains(ch) || ch == '"')) || (mode == Mode::Single && SINGLE_CLOSE.contains(ch));
            closer[i] = if closes { i } else { closer[i + 1] };
            let (c, _) = mark_at(text, marks[i], Mode::Double);
            curly_closes[i] = if DOUBLE_OPEN.contains(c) {
                false
            } else if DOUBLE_CLOSE.contains(c) {
                true
            } else {
                curly_closes[i + 1]
            };
        }
        MarksAhead { closer, curly_closes }
    }

    fn closer_from(&self, i: usize) -> usize {
        self.closer[i.min(self.closer.len() - 1)]
    }

    /// Whether, from mark `i` on, a curly closing mark comes before any curly opening one.
    fn curly_close_follows(&self, i: usize) -> bool {
        self.curly_closes[i.min(self.curly_closes.len() - 1)]
    }
}

/// Words a reporting clause between two parts of a quotation runs to ("he said", "Halvorsen
/// told the Gazette on Tuesday").
const MAX_INTERRUPTER_WORDS: usize = 8;

/// `“First part," he said, "second part.”`: a straight mark after the first part's own
/// punctuation, a short clause ending in a comma or colon, and the mark that reopens. Copy
/// that mixes curly and straight marks prints split quotations this way; the straight marks
/// are then the parts' own, not a quotation inside the quotation.
fn interrupted(text: &str, close: usize, reopen: Option<usize>) -> bool {
    let Some(reopen) = reopen else { return false };
    let before = char_before(text, close);
    let clause = &text[close + 1..reopen];
    let words = py::split_ws(clause);
    in_set(before, ",.?!…")
        && clause.starts_with(char::is_whitespace)
        && (1..=MAX_INTERRUPTER_WORDS).contains(&words.len())
        && py::rstrip_ws(clause).ends_with([',', ':'])
}

fn continues(text: &str, para: Span, marks: &[usize], mode: Mode) -> bool {
    let Some(&first) = marks.first() else { return false };
    let (ch, mark_len) = mark_at(text, first, mode);
    if first == para.start {
        return true;
    }
    if mode == Mode::Single {
        return false;
    }
    let prev = char_before(text, first);
    let after = first + mark_len;
    let nxt = if after < para.end { char_at(text, after) } else { None };
    opener_kind(ch, prev, nxt, true, mode) == Kind::Close
        && (DOUBLE_CLOSE.contains(ch) || SINGLE_CLOSE.contains(ch) || ch == '"' || ch == '\'')
}

/// The quoted words, whitespace-trimmed spans joined by single spaces.
pub fn quote_text(text: &str, spans: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    let mut trimmed = Vec::new();
    for &(s0, e0) in spans {
        let seg = &text[s0..e0];
        let s = s0 + (seg.len() - py::lstrip_ws(seg).len());
        let e = s0 + py::rstrip_ws(seg).len();
        if e > s {
            trimmed.push((s, e));
        }
    }
    let joined = trimmed.iter().map(|&(s, e)| py::join_ws(&text[s..e])).collect::<Vec<_>>().join(" ");
    (joined, trimmed)
}

pub fn word_count(text: &str) -> usize {
    py::words(text).len()
}

/// A quoted title rather than speech: every content word capitalised, no sentence punctuation.
pub fn looks_like_title(text: &str) -> bool {
    let body = py::rstrip(py::strip_ws(text), ",.");
    if SENTENCE_PUNCT.is_match(body) || body.ends_with('!') || body.ends_with(';') {
        return false;
    }
    let words = py::words(body);
    let content: Vec<&str> = words
        .into_iter()
        .filter(|w| !LEX.small_title_words.contains(&py::lower(w)))
        .collect();
    if content.len() < 3 {
        return false;
    }
    let caps = content
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| py::char_upper(c) || py::is_digit_char(c)))
        .count();
    caps as f64 / content.len() as f64 >= 0.85
}
