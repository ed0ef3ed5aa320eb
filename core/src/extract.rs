//! From an article's text to references, markers, quotations, claims and mentions: the
//! whole text path, returned with character offsets (as Python counts them).

use crate::attribution::{after_clause, ends_on_speaker, is_thing, outlet_cue, platform_cue, read_after, read_before, Speaker};
use crate::context::{looks_plural, DocContext, SentenceInfo};
use crate::lexicon::LEX;
use crate::markers::{find_markers, Marker};
use crate::mentions::find_mentions;
use crate::metadata::{byline_of, published_of, title_of};
use crate::names::{clean_name, fold_name, is_outlet_name, people_in_byline, printed_like_a_description};
use crate::py;
use crate::quotes::{find_raw_quotes, looks_like_title, quote_text, word_count, RawQuote, MIN_WORDS};
use crate::references::Reference;
use crate::reflist::find_reference_list;
use crate::rx::group;
use crate::text::{blank, paragraphs, sentences, Span};
use std::collections::HashSet;

rx!(MARKERS_ONLY = r"(?:\s*(?:\[\^?[\d,\s–-]+\]|\(\d{1,3}(?:[,–-]\s*\d{1,3})*\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)[.,;]?)+\s*");
rx!(SENTENCE_END = r"[.!?](?:\s|$)");
// "“…” (Siegmund Freud)": a credit in brackets closing the quotation's paragraph
rx!(BRACKETED_CREDIT = r"^[ \t\x{a0}]*\(([^()\n,;]{3,60})\)[ \t.]*$");
rx!(CREDIT = r"^[ \t\x{a0}>]*[—–―-]{1,2}[ \t\x{a0}]*([^\s,;(—–][^\n,;(—–]{1,79}?)[ \t.]*(?:[,;(—–]|$)");

#[derive(Default)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
}

pub struct QuoteOut {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub spans: Vec<(usize, usize)>,
    pub speaker: Option<String>,
    pub speaker_kind: Option<String>,
    pub outlet: Option<String>,
    pub refs: Vec<i64>,
    pub attribution: Option<String>,
    pub speaker_via: Option<String>,
}

pub struct ClaimOut {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub refs: Vec<i64>,
    pub quotes: Vec<String>,
}

pub struct MentionOut {
    pub outlet: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub when: Option<String>,
}

pub struct WarningOut {
    pub code: String,
    pub message: String,
    pub start: Option<usize>,
}

#[derive(Default)]
pub struct Extraction {
    pub meta: Meta,
    pub references: Vec<Reference>,
    pub markers: Vec<Marker>,
    pub quotes: Vec<QuoteOut>,
    pub claims: Vec<ClaimOut>,
    pub mentions: Vec<MentionOut>,
    pub warnings: Vec<WarningOut>,
}

/// What the HTML and Markdown readers already know of the page.
#[derive(Default)]
pub struct Hints {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
}

/// Byte offsets into UTF-8 to the character offsets Python (and the user) count in: a
/// count of characters at every 64th byte, and the rest counted on demand.
pub struct CharOffsets<'a> {
    text: &'a str,
    blocks: Vec<u32>,
}

const BLOCK: usize = 64;

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return CharOffsets { text, blocks: Vec::new() };
        }
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0u32;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
        }
        CharOffsets { text, blocks }
    }
    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.blocks.is_empty() {
            return byte;
        }
        let k = byte / BLOCK;
        let base = if k < self.blocks.len() {
            self.blocks[k] as usize
        } else {
            return self.text.chars().count();
        };
        base + self.text.as_bytes()[k * BLOCK..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
    }
}

/// The entry marker `n` points at. "Ibid." is resolved once, where the list is read
/// (`reflist::resolve_ibids`): `ibid_of` names an entry that is not itself an ibid.
fn resolved_reference(refs: &[Reference], n: i64) -> Option<&Reference> {
    let r = refs.iter().find(|r| r.n == n)?;
    match r.ibid_of {
        Some(back) => refs.iter().find(|r| r.n == back),
        None => Some(r),
    }
}

struct Quote {
    text: String,
    spans: Vec<(usize, usize)>,
    speaker: Option<String>,
    speaker_kind: Option<String>,
    outlet: Option<String>,
    refs: Vec<i64>,
    attribution: Option<String>,
    speaker_via: Option<String>,
}

/// How a quotation's speaker was decided (`speaker_via`), so a reader can weigh it: a cue in
/// the quotation's own sentence, a pronoun resolved to a name, an earlier sentence (a lead-in
/// ending in a colon, or the previous quotation of the same speaker), or a credit line.
pub const VIA_CUE: &str = "cue";
pub const VIA_PRONOUN: &str = "pronoun";
pub const VIA_EARLIER_SENTENCE: &str = "earlier sentence";
pub const VIA_CREDIT_LINE: &str = "credit line";
pub const VIA_REPEATED: &str = "repeated quotation";

pub fn extract(text: &str, hints: &Hints) -> Extraction {
    let mut out = Extraction::default();
    let reflist = find_reference_list(text);
    let body_end = reflist.as_ref().map_or(text.len(), |r| r.start);
    // the list itself is blanked from the body (line breaks and offsets kept)
    let body_owned = reflist.as_ref().map(|r| blank(text, &[(r.start, r.end)], true));
    let body: &str = body_owned.as_deref().unwrap_or(text);
    let references: Vec<Reference> = reflist.as_ref().map(|r| r.references.clone()).unwrap_or_default();
    let limit = references.iter().map(|r| r.n).max();
    let markers = find_markers(body, limit);
    let paras: Vec<Span> = match &reflist {
        Some(r) => {
            let mut p = paragraphs(text, 0, r.start);
            p.extend(paragraphs(text, r.end, text.len()));
            p
        }
        None => paragraphs(text, 0, text.len()),
    };
    let (raw_quotes, quote_warnings) = find_raw_quotes(text, &paras);
    let mut warnings: Vec<(String, String, Option<usize>)> = Vec::new();
    let mut mask_spans: Vec<(usize, usize)> = raw_quotes.iter().flat_map(|q| q.spans.iter().copied()).collect();
    mask_spans.sort_unstable();
    let masked = without_title_stops(&blank(body, &mask_spans, true));
    // short quotations are candidates too: kept if a cue names who said them
    let candidates: Vec<(&RawQuote, bool)> = raw_quotes
        .iter()
        .filter_map(|q| match quotation_length(text, q, &paras) {
            Length::Full => Some((q, false)),
            Length::Short => Some((q, true)),
            Length::Not => None,
        })
        .collect();
    let protected: Vec<(usize, usize)> = raw_quotes.iter().map(|q| (q.open_at, q.close_end(text))).collect();
    let protected_starts: Vec<usize> = protected.iter().map(|p| p.0).collect();
    let mut infos: Vec<SentenceInfo> = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        for s in sentences(text, *para, &protected, &protected_starts) {
            if let Some(last) = infos.last_mut() {
                if last.paragraph == pi && MARKERS_ONLY.full_is(&text[s.start..s.end]) {
                    last.span = Span {
                        start: last.span.start,
                        end: s.end,
                    };
                    continue;
                }
            }
            infos.push(SentenceInfo {
                span: s,
                paragraph: pi,
                speaker: None,
                outlet: None,
            });
        }
    }
    let known: HashSet<String> = references.iter().filter_map(|r| r.outlet.as_deref()).map(fold_name).collect();
    let mut ctx = DocContext::build(text, &masked, infos, text.len(), known.clone());

    // metadata
    let title = hints.title.clone().or_else(|| title_of(text, body_end));
    let byline = hints.byline.clone().or_else(|| byline_of(text, body_end));
    let authors = byline.as_deref().map(people_in_byline).unwrap_or_default();
    let published = hints.published.clone().or_else(|| published_of(text));
    let sent_spans: Vec<(usize, usize)> = ctx.sentences.iter().map(|s| (s.span.start, s.span.end)).collect();
    let mentions = find_mentions(&masked, &sent_spans, published.as_deref(), &known);

    let marker_starts: Vec<usize> = markers.iter().map(|m| m.start).collect();
    let opens: Vec<usize> = candidates.iter().map(|q| q.0.open_at).collect();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut kept: Vec<&RawQuote> = Vec::new();
    for (i, &(rq, short)) in candidates.iter().enumerate() {
        let (qtext, spans) = quote_text(text, &rq.spans);
        let sent = sentence_of(&ctx, rq.open_at);
        let sent_start = sent.map_or(paras[rq.paragraph].start, |s| s.start);
        let refs = quote_refs(text, rq, &paras, &markers, &marker_starts, &opens, sent_start);
        let mut q = Quote {
            text: qtext,
            spans,
            speaker: None,
            speaker_kind: None,
            outlet: None,
            refs,
            attribution: None,
            speaker_via: None,
        };
        let previous = kept.last().zip(quotes.last()).map(|(raw, quote)| Previous { raw, quote });
        let next_open = candidates.get(i + 1).map(|c| c.0.open_at);
        attribute(text, &references, &mut ctx, &mut q, rq, &paras, previous, next_open);
        if short && (!matches!(q.speaker_via.as_deref(), Some(VIA_CUE) | Some(VIA_PRONOUN)) || names_a_work(text, rq.open_at)) {
            continue;
        }
        if titled(text, rq.open_at) {
            continue;
        }
        kept.push(rq);
        quotes.push(q);
    }
    speakers_of_repeated_words(&mut quotes);
    let claims = claims(text, &ctx.sentences, &markers, &quotes, &mentions);

    // warnings about the list and the markers
    let numbers: HashSet<i64> = references.iter().map(|r| r.n).collect();
    let mut cited: HashSet<i64> = HashSet::new();
    for mk in &markers {
        for &n in &mk.numbers {
            cited.insert(n);
            if !numbers.is_empty() && !numbers.contains(&n) {
                warnings.push((
                    "dangling-marker".into(),
                    format!("marker [{n}] points at no entry of the reference list"),
                    Some(mk.start),
                ));
            }
        }
    }
    if !markers.is_empty() && references.is_empty() {
        let mut shown: Vec<i64> = cited.iter().copied().collect();
        shown.sort_unstable();
        let list: Vec<String> = shown.iter().take(12).map(|n| n.to_string()).collect();
        warnings.push((
            "markers-without-list".into(),
            format!(
                "{} footnote markers ({}) but no reference list was found",
                markers.len(),
                list.join(", ")
            ),
            None,
        ));
    }
    if let Some(r) = reflist
        .as_ref()
        .filter(|r| r.references.last().is_some_and(|last| last.n == LAST_NUMBER_READ))
    {
        // note numbers are read up to three digits: a list running on is said, not cut silently
        if let Some(at) = NUMBER_PAST_READ.find_iter_in(text, r.end, text.len()).first().map(|m| m.0) {
            warnings.push((
                "reference-list-truncated".into(),
                format!(
                    "the reference list runs past entry {LAST_NUMBER_READ}; entries from {} on were not read",
                    LAST_NUMBER_READ + 1
                ),
                Some(at),
            ));
        }
    }
    for r in &references {
        if !cited.contains(&r.n) {
            warnings.push((
                "uncited-reference".into(),
                format!("reference [{}] is never cited in the text", r.n),
                Some(r.start),
            ));
        }
    }

    // byte offsets to character offsets
    let offsets = CharOffsets::new(text);
    let c = |b: usize| offsets.at(b);
    out.meta = Meta {
        title,
        byline,
        authors,
        published,
    };
    out.references = references
        .into_iter()
        .map(|mut r| {
            r.start = c(r.start);
            r.end = c(r.end);
            r
        })
        .collect();
    out.markers = markers
        .into_iter()
        .map(|mut m| {
            m.start = c(m.start);
            m.end = c(m.end);
            m
        })
        .collect();
    out.quotes = quotes
        .into_iter()
        .enumerate()
        .map(|(i, q)| QuoteOut {
            id: format!("q{}", i + 1),
            text: q.text,
            start: c(q.spans[0].0),
            end: c(q.spans[q.spans.len() - 1].1),
            spans: q.spans.iter().map(|&(a, b)| (c(a), c(b))).collect(),
            speaker: q.speaker,
            speaker_kind: q.speaker_kind,
            outlet: q.outlet,
            refs: q.refs,
            attribution: q.attribution,
            speaker_via: q.speaker_via,
        })
        .collect();
    out.claims = claims
        .into_iter()
        .map(|mut cl| {
            cl.start = c(cl.start);
            cl.end = c(cl.end);
            cl
        })
        .collect();
    out.mentions = mentions
        .into_iter()
        .map(|m| MentionOut {
            outlet: m.outlet,
            start: c(m.start),
            end: c(m.end),
            text: m.text,
            when: m.when,
        })
        .collect();
    let opened = quote_warnings.iter().map(|&(code, pos)| {
        let at = c(pos);
        WarningOut {
            code: code.to_string(),
            message: format!("quotation opened at offset {at} is never closed; left out"),
            start: Some(at),
        }
    });
    out.warnings = opened
        .chain(warnings.into_iter().map(|(code, message, start)| WarningOut {
            code,
            message,
            start: start.map(c),
        }))
        .collect();
    out
}

// a speaker's name in capitals and a colon opening a transcript's turn
rx!(TRANSCRIPT_LABEL = r"^((?:[A-Z][A-Z.'’\-]+)(?:\s+[A-Z][A-Z.'’\-]+){0,2}):\s");
/// The highest note number read (three digits), and the entry after it at a line's start.
const LAST_NUMBER_READ: i64 = 999;
rx!(NUMBER_PAST_READ = r"(?m)^[ \t]*\[?\^?1000\b");
rx!(PICTURE_CREDIT = r"\((?:Image|Photo|Picture|Pic|Credit|Video)s?:[^()\n]{0,60}\)");
// "(D-Ore.)", ", R-Texas,", and a state alone: "Sen. Bernie Sanders (Vt.)"
rx!(PARTY_TAG = r"\((?:[DRI]|Dem|Rep|Ind)\.?-[A-Z][A-Za-z. ]{0,16}\)|,\s(?:[DRI])-[A-Z][A-Za-z.]{0,12},|\([A-Z][a-z]{1,5}\.\)");

/// The text clauses are read from, with two things a name reader would trip on blanked
/// (same length, so offsets hold): the stop of an abbreviated title ("Mr. Trump",
/// "Rep. Gwen Moore"), which reads as a sentence end, and a US party tag after a name
/// ("(D-Wis.)"), which splits the name from its verb.
/// The longest abbreviated title, in bytes ("Supt", "Cmdr"): longer words are not looked up.
const MAX_TITLE_ABBREVIATION: usize = 5;

fn without_title_stops(masked: &str) -> String {
    let mut out = masked.to_string();
    let bytes = masked.as_bytes();
    let mut cuts: Vec<usize> = Vec::new();
    for (i, _) in masked.match_indices('.') {
        let word_start = masked[..i]
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |k| k + masked[k..].chars().next().unwrap().len_utf8());
        let word = &masked[word_start..i];
        let followed_by_name = bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2).is_some_and(|b| b.is_ascii_uppercase());
        let short = (2..=MAX_TITLE_ABBREVIATION).contains(&word.len());
        if short && followed_by_name && py::first_upper(word) && LEX.abbreviated_titles.contains(&py::lower(word)) {
            cuts.push(i);
        }
    }
    // a party tag, and a picture's credit ("(Image: GETTY )"), whose capitalised words a
    // pronoun would otherwise take for the person it stands for
    for (a, b) in PARTY_TAG.find_iter(masked).into_iter().chain(PICTURE_CREDIT.find_iter(masked)) {
        out.replace_range(a..b, &" ".repeat(b - a));
    }
    for i in cuts {
        out.replace_range(i..i + 1, " ");
    }
    out
}

enum Length {
    Full,
    Short,
    Not,
}

/// Words a short quotation needs at least ("“Never,” she said." is an answer, not a quote).
const MIN_SHORT_WORDS: usize = 2;

fn quotation_length(text: &str, q: &RawQuote, paras: &[Span]) -> Length {
    if is_quotation(text, q, paras) {
        return Length::Full;
    }
    let (words, _) = quote_text(text, &q.spans);
    let n = word_count(&words);
    // an utterance closes with its own punctuation ("“It’s gutless,” Warren said."); a
    // scare quote or a name in marks ("written by “Heshmat Alavi” to") does not
    let closed = py::ends_any(py::rstrip(&words, "”’\"' "), &[",", ".", "!", "?", "…"]);
    if closed && (MIN_SHORT_WORDS..MIN_WORDS).contains(&n) && q.paragraph == q.last_paragraph {
        Length::Short
    } else {
        Length::Not
    }
}

fn is_quotation(text: &str, q: &RawQuote, paras: &[Span]) -> bool {
    let (words, _) = quote_text(text, &q.spans);
    if word_count(&words) < MIN_WORDS || looks_like_title(&words) {
        return false;
    }
    let para = paras[q.paragraph];
    let after = q.close_end(text);
    let whole_line = q.paragraph == q.last_paragraph
        && py::strip_ws(&text[para.start..q.open_at]).is_empty()
        && (after >= para.end || py::strip_ws(&text[after..para.end]).is_empty());
    let w = py::rstrip(&words, "”’\"' ");
    !whole_line || py::ends_any(w, &[".", "!", "?", "…", ","])
}

fn sentence_of(ctx: &DocContext, pos: usize) -> Option<Span> {
    if ctx.sentences.is_empty() {
        return None;
    }
    Some(ctx.sentences[ctx.sentence_index(pos)].span)
}

fn numbers_of(markers: &[Marker], a: usize, b: usize) -> Vec<i64> {
    if a >= b {
        return vec![];
    }
    markers[a..b].iter().flat_map(|m| m.numbers.iter().copied()).collect()
}

/// The marker right after the quote, in it, or closing its sentence or paragraph.
fn quote_refs(
    text: &str,
    rq: &RawQuote,
    paras: &[Span],
    markers: &[Marker],
    starts: &[usize],
    opens: &[usize],
    sent_start: usize,
) -> Vec<i64> {
    let para = paras[rq.last_paragraph];
    let (start, close) = (rq.open_at, rq.close_at);
    let close_end = rq.close_end(text);
    let lo = starts.partition_point(|&s| s <= start);
    let mid = starts.partition_point(|&s| s < close);
    let hi = starts.partition_point(|&s| s <= para.end);
    let mut refs = numbers_of(markers, lo, mid);
    let first_after = starts.partition_point(|&s| s <= close);
    let k = opens.partition_point(|&s| s <= close);
    let nxt_quote = opens.get(k).copied();
    if first_after < hi {
        let first = &markers[first_after];
        let gap = if close_end <= first.start {
            &text[close_end..first.start]
        } else {
            ""
        };
        let sentence_end = SENTENCE_END.is_match(py::rstrip(gap, " .!?’'”\")"));
        let only_punct = gap.chars().all(|c| py::is_space(c) || ",.;:!?’'”\")]".contains(c));
        if (only_punct || !sentence_end) && nxt_quote.is_none_or(|n| first.start < n) {
            refs.extend(first.numbers.iter().copied());
        }
    }
    if refs.is_empty() && first_after < hi {
        let last = &markers[hi - 1];
        let tail = if last.end <= para.end { &text[last.end..para.end] } else { "" };
        if py::strip(tail, " .,;:)]\t").is_empty() {
            refs.extend(last.numbers.iter().copied());
        }
    }
    if refs.is_empty() {
        let a = starts.partition_point(|&s| s <= sent_start);
        let b = starts.partition_point(|&s| s < start);
        refs.extend(numbers_of(markers, a, b));
    }
    let mut out: Vec<i64> = Vec::new();
    for n in refs {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
/// The quotation before this one that was kept, with what was decided for it.
struct Previous<'a> {
    raw: &'a RawQuote,
    quote: &'a Quote,
}

#[allow(clippy::too_many_arguments)]
fn attribute(
    text: &str,
    references: &[Reference],
    ctx: &mut DocContext,
    quote: &mut Quote,
    rq: &RawQuote,
    paras: &[Span],
    previous: Option<Previous>,
    next_open: Option<usize>,
) {
    let masked = ctx.masked;
    let para = paras[rq.last_paragraph];
    let open_para = paras[rq.paragraph];
    let close_sent = sentence_of(ctx, rq.close_at);
    let open_sent = sentence_of(ctx, rq.open_at);
    let nxt = next_open.unwrap_or(para.end);
    let mut via: Option<&'static str> = None;
    let close_end = rq.close_end(text);
    let mut speaker: Option<Speaker> = None;
    let mut evidence = String::new();
    let mut resolved_outlet: Option<String> = None;

    // a quotation that ends its own sentence ("…?” Graham asked.") is read with the next
    // one, where its cue stands; `after_clause` takes from it only a name and its verb
    let mut sent_end = close_sent.map_or(para.end, |s| s.end);
    if sent_end <= close_end + 1 && !ctx.sentences.is_empty() {
        let k = ctx.sentence_index(rq.close_at) + 1;
        if let Some(next) = ctx.sentences.get(k) {
            sent_end = next.span.end;
        }
    }
    let limit = sent_end.min(nxt).min(para.end);
    // a show's or a paper's name in quote marks inside the clause ("the “Pose” actor said on
    // “DWTS”") is blanked already; its marks are blanked too, so the reader reads on past them
    let clause_after = (close_end < limit).then(|| without_quote_marks(&masked[close_end..limit]));
    // “…night schedule.” She said that if “…”: after a quotation that closed its own sentence,
    // a clause running on into the next quotation introduces that one (unless it only pauses
    // on a comma: “We will rebuild.” Ruiz said, “and soon.”)
    let closed_own_sentence = py::ends_any(py::rstrip(&quote.text, "”’\"' "), &[".", "!", "?", "…"]);
    let runs_into_next =
        next_open.is_some_and(|n| n == limit && n < para.end) && clause_after.as_deref().is_some_and(|c| !py::rstrip_ws(c).ends_with(','));
    let clause_after = clause_after.filter(|_| !(closed_own_sentence && runs_into_next));
    if let Some(label) = TRANSCRIPT_LABEL.match_(&quote.text) {
        // a transcript's turn ("PENCE: Well, the question really should be …") names its
        // speaker more surely than the sentence introducing the transcript
        let name = group(&label, 1).to_string();
        evidence = format!("{name}:");
        speaker = Some(Speaker::named(name));
        via = Some(VIA_CUE);
    } else if let Some((clause, _)) = clause_after.as_deref().and_then(|c| after_clause(c, 0, c.len(), &quote.text)) {
        let (s, ev) = read_after(clause);
        evidence = ev;
        speaker = s.filter(|s| s.kind.is_some());
        via = Some(VIA_CUE);
    }
    // “…,” she said: a pronoun after the quotation gives way to a name before it in the same
    // sentence ("Sen. Ana Ruiz scolded him: “…,” she said")
    let after_pronoun = speaker
        .as_ref()
        .filter(|s| s.kind == Some("pronoun"))
        .map(|s| (s.clone(), evidence.clone()));
    if speaker.is_none() || after_pronoun.is_some() {
        let sent_start = open_sent.map_or(open_para.start, |s| s.start);
        let mut before: &str = if sent_start <= rq.open_at {
            &masked[sent_start..rq.open_at]
        } else {
            ""
        };
        let mut colon = false;
        via = Some(VIA_CUE);
        if py::strip_ws(before).is_empty() && rq.open_at == open_para.start && rq.paragraph > 0 {
            let prev_para = paras[rq.paragraph - 1];
            if py::rstrip_ws(&text[prev_para.start..prev_para.end]).ends_with(':') {
                let prev_sent = sentence_of(ctx, py::back(text, prev_para.end, 1));
                let from = prev_sent.map_or(prev_para.start, |s| s.start);
                before = if from <= prev_para.end { &masked[from..prev_para.end] } else { "" };
                colon = true;
                via = Some(VIA_EARLIER_SENTENCE);
            }
        } else if py::rstrip_ws(before).ends_with(':') {
            colon = true;
        }
        let (s, ev) = read_before(before, colon);
        if let Some((pronoun, after_evidence)) = after_pronoun.filter(|_| s.as_ref().is_none_or(|s| s.kind != Some("named"))) {
            speaker = Some(pronoun);
            evidence = after_evidence;
            via = Some(VIA_CUE);
        } else {
            if !ev.is_empty() {
                evidence = ev;
            }
            speaker = s;
            if colon && speaker.is_none() {
                evidence = before.to_string();
            }
        }
    }
    if speaker.is_none() {
        if let Some(credit) = dash_credit(text, rq, paras) {
            evidence = credit.name.clone().unwrap_or_default();
            speaker = Some(credit);
            via = Some(VIA_CREDIT_LINE);
        }
    }
    let mut name: Option<String> = None;
    let mut kind: Option<String> = None;
    if let Some(sp) = &speaker {
        if matches!(sp.kind, Some("pronoun") | Some("anaphor")) {
            let (n, o) = ctx.resolve(
                sp.pronoun.as_deref().unwrap_or("it"),
                sp.noun.as_deref(),
                rq.open_at,
                sp.described.is_none(),
            );
            resolved_outlet = o;
            via = Some(VIA_PRONOUN);
            kind = n.as_ref().map(|_| "named".to_string());
            name = n;
            if name.is_none() && sp.described.is_some() {
                name = sp.described.clone();
                kind = Some("described".into());
            }
        } else {
            name = sp.name.clone();
            kind = sp.kind.map(str::to_string);
        }
        if name.as_deref().is_some_and(|n| !printed_like_a_speaker(n, kind.as_deref())) {
            // words around a cue that are no name: let the later steps look for the speaker
            name = None;
            kind = None;
        }
    }
    let mut inherited_outlet = None;
    if let (None, Some(p)) = (&name, previous.as_ref()) {
        let (prev, prev_rq) = (p.quote, p.raw);
        let same_para = prev_rq.last_paragraph == rq.paragraph;
        let rest = if close_end <= para.end { &masked[close_end..para.end] } else { "" };
        let alone_in_para = rq.open_at == open_para.start && py::strip(rest, " .,;:[]0123456789").is_empty();
        let bare_para = alone_in_para && prev_rq.last_paragraph + 1 == rq.paragraph;
        if (same_para || bare_para || (alone_in_para && resumes(text, paras, prev_rq, rq))) && prev.speaker.is_some() {
            name = prev.speaker.clone();
            kind = prev.speaker_kind.clone();
            via = Some(VIA_EARLIER_SENTENCE);
            inherited_outlet = prev.outlet.clone();
            if let Some(a) = &prev.attribution {
                evidence = a.clone();
            }
        }
    }
    if name.is_none() && evidence.is_empty() {
        if let Some((n, k)) = speaker_of_sentence_before(ctx, rq) {
            name = Some(n);
            kind = Some(k);
            via = Some(VIA_EARLIER_SENTENCE);
        }
    }
    if name.is_none() {
        if let Some(author) = attribution_note(references, &quote.refs) {
            name = Some(author);
            kind = Some("named".into());
            via = Some(VIA_CREDIT_LINE);
        }
    }
    if kind.as_deref() == Some("named") {
        let printed = name.clone();
        name = ctx.expand(name, rq.open_at);
        // "Prosecutors alleged that …": no surname but a plural noun opening the clause, the
        // group that spoke; a described speaker, as "a senior official" is
        if let Some(group) = printed.filter(|p| name.is_none() && is_speaking_group(p)) {
            name = Some(group);
            kind = Some("described".into());
        }
    }
    // a speaker that is only function words ("Following", "After", "and") or is not printed
    // as a name is no speaker
    let not_a_name =
        |n: &str| py::split_ws(n).iter().all(|w| LEX.not_names.contains(&py::lower(w))) || !printed_like_a_speaker(n, kind.as_deref());
    if name.as_deref().is_some_and(not_a_name) {
        name = None;
        kind = None;
    }
    quote.speaker = name.clone();
    quote.speaker_kind = name.as_ref().and(kind.clone()); // no kind without a speaker
    quote.speaker_via = name.as_ref().and(via).map(str::to_string);
    let joined = py::join_ws(&evidence);
    quote.attribution = if joined.is_empty() { None } else { Some(joined) };

    let mut outlet = if evidence.is_empty() {
        None
    } else {
        outlet_cue(&evidence, &ctx.known_outlets)
    };
    if outlet.is_none() && !evidence.is_empty() {
        outlet = platform_cue(&evidence);
    }
    outlet = outlet.or(resolved_outlet).or(inherited_outlet);
    if outlet.is_none() {
        for &n in &quote.refs {
            if let Some(r) = resolved_reference(references, n) {
                if r.outlet.is_some() {
                    outlet = r.outlet.clone();
                    break;
                }
            }
        }
    }
    if outlet.is_none() {
        if let Some(n) = name.as_deref().filter(|n| !n.is_empty()) {
            if is_outlet_name(n) || ctx.known_outlets.contains(&fold_name(n)) {
                outlet = Some(n.to_string());
            }
        }
    }
    if outlet.is_none() {
        let mut since = open_para.start;
        if let Some(p) = previous
            .as_ref()
            .filter(|p| p.raw.last_paragraph == rq.paragraph && p.quote.speaker != name)
        {
            since = p.raw.close_end(text);
        }
        let lo = since.max(py::back(text, rq.open_at, 1500));
        if lo <= rq.open_at {
            outlet = outlet_cue(&masked[lo..rq.open_at], &ctx.known_outlets);
        }
    }
    if outlet.is_none() && kind.as_deref() == Some("named") {
        outlet = ctx.interviewed_by(name.as_deref());
    }
    quote.outlet = ctx.expand_outlet(outlet);
    if !ctx.sentences.is_empty() && name.as_deref().is_some_and(|n| !n.is_empty()) {
        let a = ctx.sentence_index(rq.open_at);
        ctx.sentences[a].speaker = name.clone();
        ctx.sentences[a].outlet = quote.outlet.clone();
        let b = ctx.sentence_index(rq.close_at);
        ctx.sentences[b].speaker = name;
        ctx.sentences[b].outlet = quote.outlet.clone();
    }
}

/// A short quotation right after a preposition or an owner's name is the name of a show, paper
/// or book ("said on “DWTS.”", "wrote in “The Ledger”", "CNN's “State of the Union”"), not
/// words someone said.
fn names_a_work(text: &str, open_at: usize) -> bool {
    let before = &text[py::back(text, open_at, 12)..open_at];
    py::split_ws(before).last().is_some_and(|w| {
        let w = py::lower(w);
        // or after an owner: "CNN's “State of the Union”"
        LEX.prepositions.contains(&w)
            || LEX.place_prepositions.contains(&w)
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.ends_with("s'")
            || w.ends_with("s’")
    })
}

/// A quotation right after "titled", "headlined" and the like is the title of a work ("a 2010
/// memorandum titled “CIA colleagues enthusiastically welcome NSA training”"), whatever its
/// length: no one is quoted.
fn titled(text: &str, open_at: usize) -> bool {
    let before = &text[py::back(text, open_at, 16)..open_at];
    py::split_ws(before)
        .last()
        .is_some_and(|w| LEX.title_cues.contains(py::strip(&py::lower(w), ",:")))
}

/// `text` with its quote marks as spaces of the same length (offsets hold).
fn without_quote_marks(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['"', '“', '”']) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| {
                if matches!(c, '"' | '“' | '”') {
                    " ".repeat(c.len_utf8())
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// Words quoted again later ("Grisham, by her own accounting, has given “plenty of
/// on-the-record statements …”"), or first in part and then in full, with no speaker of
/// their own: they are the words of the one the article names for them elsewhere. The
/// nearest such quotation before them, else after.
fn speakers_of_repeated_words(quotes: &mut [Quote]) {
    let words: Vec<Vec<String>> = quotes.iter().map(|q| folded_words(&q.text)).collect();
    for i in 0..quotes.len() {
        if quotes[i].speaker.is_some() || words[i].len() < MIN_REPEATED_WORDS {
            continue;
        }
        let earlier = (0..i).rev();
        let later = i + 1..quotes.len();
        let Some(j) = earlier.chain(later).find(|&j| {
            quotes[j].speaker.is_some() && quotes[j].speaker_via.as_deref() != Some(VIA_REPEATED) && holds(&words[j], &words[i])
        }) else {
            continue;
        };
        let (speaker, kind, outlet) = (quotes[j].speaker.clone(), quotes[j].speaker_kind.clone(), quotes[j].outlet.clone());
        let q = &mut quotes[i];
        q.speaker = speaker;
        q.speaker_kind = kind;
        q.speaker_via = Some(VIA_REPEATED.to_string());
        q.outlet = q.outlet.take().or(outlet);
    }
}

/// Words of a quotation repeated elsewhere that name its speaker: four or more, so a stock
/// phrase ("the American people") is not taken for someone's words.
const MIN_REPEATED_WORDS: usize = 4;

fn folded_words(text: &str) -> Vec<String> {
    py::split_ws(text)
        .iter()
        .map(|w| py::lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect()
}

fn holds(whole: &[String], part: &[String]) -> bool {
    part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part)
}

/// One plural noun of people the article identifies ("Prosecutors"; not "Critics", not
/// "Documents").
fn is_speaking_group(word: &str) -> bool {
    let low = py::lower(word);
    py::split_ws(word).len() == 1 && looks_plural(word) && !is_thing(low.trim_end_matches('s')) && !LEX.unidentified_groups.contains(&low)
}

fn printed_like_a_speaker(name: &str, kind: Option<&str>) -> bool {
    match kind {
        Some("described") => printed_like_a_description(name),
        // three words or more in capitals are a headline ("CONGRESS HAS INVESTIGATED HIM")
        Some("named") => !(py::split_ws(name).len() >= 3 && py::is_upper(name)),
        _ => true,
    }
}

/// A quotation a page left open at its paragraph's end ("…said: “These rioters … acts.")
/// taken up again after a picture's caption or a "SEE MORE" link: the paragraphs between are
/// short and quote no one, and the next one opens on a quote mark. It is the same speaker's.
fn resumes(text: &str, paras: &[Span], prev: &RawQuote, rq: &RawQuote) -> bool {
    let left_open = !py::char_at(text, prev.close_at).is_some_and(|c| "”’\"'»›".contains(c));
    let between = (prev.last_paragraph + 1)..rq.paragraph;
    left_open
        && !between.is_empty()
        && between.len() <= MAX_FURNITURE_PARAGRAPHS
        && paras[between].iter().all(|p| {
            let words = &text[p.start..p.end];
            word_count(words) <= FURNITURE_WORDS && !words.contains(['“', '”', '"'])
        })
}

/// Paragraphs of page furniture (captions, links) a quotation may be resumed across, and
/// the most words one of them holds.
const MAX_FURNITURE_PARAGRAPHS: usize = 3;
const FURNITURE_WORDS: usize = 16;

/// A quotation that stands alone, with no cue of its own, and follows a sentence that reports
/// someone speaking ("Sometimes the rules are not followed, he said. “But does that mean …”",
/// "In his post, Brandt noted that … / “We have been through …”"): that someone.
fn speaker_of_sentence_before(ctx: &mut DocContext, rq: &RawQuote) -> Option<(String, String)> {
    if ctx.sentences.is_empty() {
        return None;
    }
    let k = ctx.sentence_index(rq.open_at);
    let own = ctx.sentences[k].span;
    if !py::strip_ws(&ctx.masked[own.start.min(rq.open_at)..rq.open_at]).is_empty() || k == 0 {
        return None;
    }
    let prev = ctx.sentences[k - 1].clone();
    if ctx.sentences[k].paragraph - prev.paragraph > 1 {
        return None;
    }
    let chunk = &ctx.masked[prev.span.start..prev.span.end];
    let sp = match ends_on_speaker(chunk) {
        Some(sp) => sp,
        None => read_before(chunk, false).0?,
    };
    match sp.kind {
        Some("named") => sp.name.map(|n| (n, "named".to_string())),
        Some("pronoun") => {
            let (n, _) = ctx.resolve(sp.pronoun.as_deref().unwrap_or("he"), None, prev.span.start, true);
            n.map(|n| (n, "named".to_string()))
        }
        _ => None,
    }
}

/// A footnote that credits a person rather than citing a work ("1. Lucius Annaeus Seneca,
/// Roman philosopher. Source: …"): its author is who said the quotation it is attached to.
fn attribution_note(references: &[Reference], refs: &[i64]) -> Option<String> {
    let r = resolved_reference(references, *refs.first()?)?;
    if r.title.is_none() && r.authors.len() == 1 {
        return r.authors.first().cloned();
    }
    None
}

/// "“…” —Salman Rushdie", on the same line or the next: an epigraph's credit.
fn dash_credit(text: &str, rq: &RawQuote, paras: &[Span]) -> Option<Speaker> {
    let para = paras[rq.last_paragraph];
    let close_end = rq.close_end(text);
    let rest = if close_end <= para.end { &text[close_end..para.end] } else { "" };
    if let Some(b) = BRACKETED_CREDIT.match_(rest) {
        let credit = py::join_ws(group(&b, 1));
        let words = py::split_ws(&credit);
        if words.len() <= 5
            && words
                .iter()
                .filter(|w| !LEX.name_connectors.contains(&py::lower(w)))
                .all(|w| py::first_upper(w))
        {
            return Some(Speaker::named(clean_name(&credit)));
        }
    }
    let mut m = CREDIT.match_(rest);
    if m.is_none() && py::strip_ws(rest).is_empty() && rq.last_paragraph + 1 < paras.len() {
        let nxt = paras[rq.last_paragraph + 1];
        m = CREDIT.match_(&text[nxt.start..nxt.end]);
    }
    let m = m?;
    let credit = py::join_ws(group(&m, 1));
    let words = py::split_ws(&credit);
    if words.len() > 8 {
        return None;
    }
    if words
        .iter()
        .filter(|w| !LEX.name_connectors.contains(&py::lower(w)))
        .all(|w| py::first_upper(w))
    {
        return Some(Speaker::named(clean_name(&credit)));
    }
    let kept: Vec<&str> = words
        .into_iter()
        .filter(|w| !matches!(py::lower(w).as_str(), "the" | "a" | "an"))
        .collect();
    if kept.is_empty() {
        None
    } else {
        Some(Speaker::described(kept.join(" ")))
    }
}

/// Sentences carrying a marker, a quotation or a mention.
fn claims(
    text: &str,
    infos: &[SentenceInfo],
    markers: &[Marker],
    quotes: &[Quote],
    mentions: &[crate::mentions::Mention],
) -> Vec<ClaimOut> {
    let mut out = Vec::new();
    let (mut mi, mut qi) = (0, 0);
    let mention_starts: Vec<usize> = mentions.iter().map(|m| m.start).collect();
    for info in infos {
        let s = info.span;
        let mut refs: Vec<i64> = Vec::new();
        while mi < markers.len() && markers[mi].start < s.end {
            if markers[mi].start >= s.start {
                for &n in &markers[mi].numbers {
                    if !refs.contains(&n) {
                        refs.push(n);
                    }
                }
            }
            mi += 1;
        }
        let q_end = |q: &Quote| q.spans[q.spans.len() - 1].1;
        while qi < quotes.len() && q_end(&quotes[qi]) <= s.start {
            qi += 1;
        }
        let mut qids = Vec::new();
        let mut j = qi;
        while j < quotes.len() && quotes[j].spans[0].0 < s.end {
            if q_end(&quotes[j]) > s.start {
                qids.push(format!("q{}", j + 1));
            }
            j += 1;
        }
        let k = mention_starts.partition_point(|&m| m < s.start);
        let mentioned = k < mention_starts.len() && mention_starts[k] < s.end;
        if !refs.is_empty() || !qids.is_empty() || mentioned {
            out.push(ClaimOut {
                id: format!("c{}", out.len() + 1),
                text: py::join_ws(&text[s.start..s.end]),
                start: s.start,
                end: s.end,
                refs,
                quotes: qids,
            });
        }
    }
    out
}
