//! From an article's text to references, markers, quotations, claims and mentions: the
//! whole text path, returned with character offsets (as Python counts them).

use crate::context::{DocContext, SentenceInfo};
use crate::lexicon::LEX;
use crate::markers::{find_markers, Marker};
use crate::mentions::{find_mentions, Mention};
use crate::metadata::{byline_of, published_of, title_of};
use crate::names::{fold_name, people_in_byline};
use crate::py;
use crate::quotes::{find_raw_quotes, looks_like_title, quote_text, word_count, RawQuote, MIN_WORDS};
use crate::references::Reference;
use crate::reflist::find_reference_list;
use crate::speakers::{attribute, repeated_words, Previous, Site, VIA_CUE, VIA_PRONOUN};
use crate::text::{blank, joined_lines, paragraphs, sentences, Span};
use std::collections::HashSet;

rx!(MARKERS_ONLY = r"(?:\s*(?:\[\^?[\d,\s–-]+\]|\(\d{1,3}(?:[,–-]\s*\d{1,3})*\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)[.,;]?)+\s*");
rx!(SENTENCE_END = r"[.!?](?:\s|$)");

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
pub fn resolved_reference(refs: &[Reference], n: i64) -> Option<&Reference> {
    let r = refs.iter().find(|r| r.n == n)?;
    match r.ibid_of {
        Some(back) => refs.iter().find(|r| r.n == back),
        None => Some(r),
    }
}

pub struct Quote {
    pub text: String,
    pub spans: Vec<(usize, usize)>,
    pub speaker: Option<String>,
    pub speaker_kind: Option<String>,
    pub outlet: Option<String>,
    pub refs: Vec<i64>,
    pub attribution: Option<String>,
    pub speaker_via: Option<String>,
}

/// The whole text path: the reference list and markers, quotations and who said them,
/// claims, mentions and warnings, every offset in characters.
pub fn extract(text: &str, hints: &Hints) -> Extraction {
    let reflist = find_reference_list(text);
    let body_end = reflist.as_ref().map_or(text.len(), |r| r.start);
    // the list itself is blanked from the body (line breaks and offsets kept)
    let body_owned = reflist.as_ref().map(|r| blank(text, &[(r.start, r.end)], true));
    let body: &str = body_owned.as_deref().unwrap_or(text);
    let references: Vec<Reference> = reflist.as_ref().map(|r| r.references.clone()).unwrap_or_default();
    let markers = find_markers(body, references.iter().map(|r| r.n).max());
    let paras = body_paragraphs(text, reflist.as_ref().map(|r| (r.start, r.end)));
    let (raw_quotes, quote_warnings) = find_raw_quotes(text, &paras);
    let mut mask_spans: Vec<(usize, usize)> = raw_quotes.iter().flat_map(|q| q.spans.iter().copied()).collect();
    mask_spans.sort_unstable();
    let masked = joined_lines(&without_title_stops(&blank(body, &mask_spans, true)), &paras);
    let known: HashSet<String> = references.iter().filter_map(|r| r.outlet.as_deref()).map(fold_name).collect();
    let mut ctx = DocContext::build(text, &masked, sentence_infos(text, &paras, &raw_quotes), text.len(), known.clone());

    let title = hints.title.clone().or_else(|| title_of(text, body_end));
    let byline = hints.byline.clone().or_else(|| byline_of(text, body_end));
    let authors = byline.as_deref().map(people_in_byline).unwrap_or_default();
    let published = hints.published.clone().or_else(|| published_of(text));
    let sent_spans: Vec<(usize, usize)> = ctx.sentences.iter().map(|s| (s.span.start, s.span.end)).collect();
    let mentions = find_mentions(&masked, &sent_spans, published.as_deref(), &known);

    let quotes = read_quotations(text, &references, &paras, &markers, &raw_quotes, &mut ctx);
    let claims = claims(text, &ctx.sentences, &markers, &quotes, &mentions);
    let warnings = list_warnings(text, reflist.as_ref().map(|r| r.end), &references, &markers);
    let meta = Meta {
        title,
        byline,
        authors,
        published,
    };
    in_characters(text, meta, references, markers, quotes, claims, mentions, &quote_warnings, warnings)
}

/// The paragraphs of the text around the reference list (which is no prose).
fn body_paragraphs(text: &str, list: Option<(usize, usize)>) -> Vec<Span> {
    match list {
        Some((start, end)) => {
            let mut p = paragraphs(text, 0, start);
            p.extend(paragraphs(text, end, text.len()));
            p
        }
        None => paragraphs(text, 0, text.len()),
    }
}

/// The sentences of each paragraph, never cut inside a quotation; a run of footnote markers
/// after a sentence's stop ("… in 2019. [3]") stays with that sentence.
fn sentence_infos(text: &str, paras: &[Span], raw_quotes: &[RawQuote]) -> Vec<SentenceInfo> {
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
    infos
}

/// Each quotation with its footnotes and speaker, in the order printed. A short one is kept
/// only when a cue names who said it (and it is no show's or paper's name); one after
/// "titled" is a work's title, not speech.
fn read_quotations(
    text: &str,
    references: &[Reference],
    paras: &[Span],
    markers: &[Marker],
    raw_quotes: &[RawQuote],
    ctx: &mut DocContext,
) -> Vec<Quote> {
    let candidates: Vec<(&RawQuote, bool)> = raw_quotes
        .iter()
        .filter_map(|q| match quotation_length(text, q, paras) {
            Length::Full => Some((q, false)),
            Length::Short => Some((q, true)),
            Length::Not => None,
        })
        .collect();
    let marker_starts: Vec<usize> = markers.iter().map(|m| m.start).collect();
    let opens: Vec<usize> = candidates.iter().map(|q| q.0.open_at).collect();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut kept: Vec<&RawQuote> = Vec::new();
    for (i, &(rq, short)) in candidates.iter().enumerate() {
        let (qtext, spans) = quote_text(text, &rq.spans);
        let sent_start = sentence_of(ctx, rq.open_at).map_or(paras[rq.paragraph].start, |s| s.start);
        let refs = quote_refs(text, rq, paras, markers, &marker_starts, &opens, sent_start);
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
        let site = Site {
            text,
            references,
            paras,
            rq,
            next_open: candidates.get(i + 1).map(|c| c.0.open_at),
        };
        attribute(&site, ctx, &mut q, previous);
        if short && (!matches!(q.speaker_via.as_deref(), Some(VIA_CUE) | Some(VIA_PRONOUN)) || names_a_work(text, rq.open_at)) {
            continue;
        }
        if titled(text, rq.open_at) || titles_a_listed_work(&q.text, references) {
            continue;
        }
        kept.push(rq);
        quotes.push(q);
    }
    repeated_words(&mut quotes);
    quotes
}

/// What a reader should know about the notes: markers pointing at no entry, markers with no
/// list, a list running past what is read, entries never cited.
fn list_warnings(
    text: &str,
    list_end: Option<usize>,
    references: &[Reference],
    markers: &[Marker],
) -> Vec<(String, String, Option<usize>)> {
    let mut warnings: Vec<(String, String, Option<usize>)> = Vec::new();
    let numbers: HashSet<i64> = references.iter().map(|r| r.n).collect();
    let mut cited: HashSet<i64> = HashSet::new();
    for mk in markers {
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
        let message = format!(
            "{} footnote markers ({}) but no reference list was found",
            markers.len(),
            list.join(", ")
        );
        warnings.push(("markers-without-list".into(), message, None));
    }
    if let Some(end) = list_end.filter(|_| references.last().is_some_and(|last| last.n == LAST_NUMBER_READ)) {
        // note numbers are read up to three digits: a list running on is said, not cut silently
        if let Some(at) = NUMBER_PAST_READ.find_iter_in(text, end, text.len()).first().map(|m| m.0) {
            let message = format!(
                "the reference list runs past entry {LAST_NUMBER_READ}; entries from {} on were not read",
                LAST_NUMBER_READ + 1
            );
            warnings.push(("reference-list-truncated".into(), message, Some(at)));
        }
    }
    for r in references {
        if !cited.contains(&r.n) {
            warnings.push((
                "uncited-reference".into(),
                format!("reference [{}] is never cited in the text", r.n),
                Some(r.start),
            ));
        }
    }
    warnings
}

/// The records with byte offsets turned into character offsets (as Python counts them).
#[allow(clippy::too_many_arguments)]
fn in_characters(
    text: &str,
    meta: Meta,
    references: Vec<Reference>,
    markers: Vec<Marker>,
    quotes: Vec<Quote>,
    claims: Vec<ClaimOut>,
    mentions: Vec<Mention>,
    quote_warnings: &[(&str, usize)],
    warnings: Vec<(String, String, Option<usize>)>,
) -> Extraction {
    let offsets = CharOffsets::new(text);
    let c = |b: usize| offsets.at(b);
    let mut out = Extraction {
        meta,
        ..Extraction::default()
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

pub fn sentence_of(ctx: &DocContext, pos: usize) -> Option<Span> {
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
///
/// So is one right after the noun of a work ("in his book “Political Ponerology …”", "Hersh's
/// 2007 article, “The Redirection …”"), a comma allowed between: a colon there opens words
/// quoted from the work ("he wrote in his column: “…”").
fn titled(text: &str, open_at: usize) -> bool {
    let before = &text[py::back(text, open_at, 24)..open_at];
    let Some(w) = py::split_ws(before).last().copied() else {
        return false;
    };
    let low = py::lower(w);
    // the noun on the quotation's own line: a heading ("Weekly column") above is no cue
    let same_line = !before[before.rfind(w).map_or(0, |i| i + w.len())..].contains('\n');
    LEX.title_cues.contains(py::strip(&low, ",:")) || (same_line && LEX.work_title_nouns.contains(py::rstrip(&low, ",")))
}

/// A quotation whose words are the title of an entry of the article's own reference list
/// ("the LA Times' “Church fears ‘ethnic cleansing’ of Christians in Homs, Syria,” (7)"):
/// the list says it names a work.
fn titles_a_listed_work(quote: &str, references: &[Reference]) -> bool {
    let words = py::folded_words(quote);
    words.len() >= 3
        && references
            .iter()
            .any(|r| r.title.as_deref().is_some_and(|t| py::folded_words(t) == words))
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
