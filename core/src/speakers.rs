//! Who said each quotation, and where: the attribution steps, in the order they are tried.
//!
//! 1. `transcript_turn` — "PENCE: Well, …": a transcript names its speaker.
//! 2. `cue_after` — "“…,” Heyrani said": a name and a verb after the quotation.
//! 3. `cue_before` — "Heyrani said: “…”", or a lead-in paragraph ending in a colon; a name
//!    here outranks a pronoun found after ("Sen. Ruiz scolded him: “…,” she said").
//! 4. `credit_line` — "“…” —Salman Rushdie": an epigraph's credit.
//! 5. `named` — a pronoun or "the spokesman" resolved to the person it stands for.
//! 6. `previous_quotation` — the next part of a quotation already attributed.
//! 7. `sentence_before` — a quotation standing alone after a sentence that reports speech.
//! 8. `note_author` — a footnote that credits a person, not a work.
//! 9. `repeated_words` (over the whole article) — words quoted again take the speaker named
//!    for them elsewhere.
//!
//! Each step says in `speaker_via` that it decided. The readers of a clause's words (who is
//! the subject, which verb reports speech) are in `attribution.rs`; this module decides which
//! clause to read and in what order.

use crate::attribution::{after_clause, ends_on_speaker, is_thing, outlet_cue, platform_cue, read_after, read_before, Speaker};
use crate::context::{is_headline, looks_plural, DocContext};
use crate::extract::{resolved_reference, sentence_of, Quote};
use crate::lexicon::LEX;
use crate::names::{clean_name, fold_name, is_outlet_name, printed_like_a_description};
use crate::py;
use crate::quotes::{word_count, RawQuote};
use crate::references::Reference;
use crate::rx::group;
use crate::text::Span;

/// How a quotation's speaker was decided (`speaker_via`), so a reader can weigh it.
pub const VIA_CUE: &str = "cue";
pub const VIA_PRONOUN: &str = "pronoun";
pub const VIA_EARLIER_SENTENCE: &str = "earlier sentence";
pub const VIA_CREDIT_LINE: &str = "credit line";
pub const VIA_REPEATED: &str = "repeated quotation";

// a speaker's name in capitals and a colon opening a transcript's turn
rx!(pub TRANSCRIPT_LABEL = r"^((?:[A-Z][A-Z.'’\-]+)(?:\s+[A-Z][A-Z.'’\-]+){0,2}):\s");
// "“…” (Siegmund Freud)": a credit in brackets closing the quotation's paragraph
rx!(BRACKETED_CREDIT = r"^[ \t\x{a0}]*\(([^()\n,;]{3,60})\)[ \t.]*$");
// (on the quotation's line, or the line below: an epigraph's verse ends its line)
rx!(CREDIT = r"^[ \t\x{a0}>]*(?:\n[ \t\x{a0}>]*)?[—–―-]{1,2}[ \t\x{a0}]*([^\s,;(—–][^\n,;(—–]{1,79}?)[ \t.]*(?:[,;(—–]|$)");

/// Characters before a quotation searched for the outlet it was told to ("told The Intercept
/// on Sunday that …"): about a long paragraph.
const OUTLET_CUE_REACH: usize = 1500;

/// Words a bracketed credit ("(Siegmund Freud)") and a dashed one ("—Salman Rushdie, in
/// Midnight's Children") may hold: a name with its particles, not a sentence.
const BRACKETED_CREDIT_WORDS: usize = 5;
const DASHED_CREDIT_WORDS: usize = 8;

/// Paragraphs of page furniture (captions, links) a quotation may be resumed across, and
/// the most words one of them holds.
const MAX_FURNITURE_PARAGRAPHS: usize = 3;
const FURNITURE_WORDS: usize = 16;

/// Words of a quotation repeated elsewhere that name its speaker: four or more, so a stock
/// phrase ("the American people") is not taken for someone's words.
const MIN_REPEATED_WORDS: usize = 4;

/// The quotation before this one that was kept, with what was decided for it.
pub struct Previous<'a> {
    pub raw: &'a RawQuote,
    pub quote: &'a Quote,
}

/// Where a quotation stands: the article, its paragraphs, and the next quotation's opening.
pub struct Site<'a> {
    pub text: &'a str,
    pub references: &'a [Reference],
    pub paras: &'a [Span],
    pub rq: &'a RawQuote,
    pub next_open: Option<usize>,
}

/// What a cue step read: the speaker as printed (a name, a pronoun, a description), the words
/// that said so, and the step.
#[derive(Default)]
struct Cue {
    speaker: Option<Speaker>,
    evidence: String,
    via: Option<&'static str>,
}

/// The speaker once pronouns are resolved, with the outlet a step found on the way.
#[derive(Default)]
struct Decided {
    name: Option<String>,
    kind: Option<String>,
    via: Option<&'static str>,
    evidence: String,
    outlet: Option<String>,
}

/// Steps 1–8 for one quotation, in order, each only while no speaker is known; then its
/// outlet. The sentence is marked with the speaker, for later pronouns and lead-ins.
pub fn attribute(site: &Site, ctx: &mut DocContext, quote: &mut Quote, previous: Option<Previous>) {
    let rq = site.rq;
    let mut cue = transcript_turn(quote).or_else(|| cue_after(site, ctx, quote)).unwrap_or_default();
    let pronoun_after = cue.speaker.as_ref().is_some_and(|s| s.kind == Some("pronoun"));
    if cue.speaker.is_none() || pronoun_after {
        cue = cue_before(site, ctx, cue, pronoun_after);
    }
    if cue.speaker.is_none() {
        if let Some(credit) = credit_line(site) {
            cue = Cue {
                evidence: credit.name.clone().unwrap_or_default(),
                speaker: Some(credit),
                via: Some(VIA_CREDIT_LINE),
            };
        }
    }
    let mut d = named(ctx, cue, rq.open_at);
    if d.name.is_none() {
        if let Some(p) = previous.as_ref().filter(|p| continues(site, ctx.masked, p)) {
            d.name = p.quote.speaker.clone();
            d.kind = p.quote.speaker_kind.clone();
            d.via = Some(VIA_EARLIER_SENTENCE);
            d.outlet = d.outlet.or(p.quote.outlet.clone());
            if let Some(a) = &p.quote.attribution {
                d.evidence = a.clone();
            }
        }
    }
    if d.name.is_none() && d.evidence.is_empty() {
        if let Some((n, k)) = sentence_before(ctx, rq) {
            (d.name, d.kind, d.via) = (Some(n), Some(k), Some(VIA_EARLIER_SENTENCE));
        }
    }
    if d.name.is_none() {
        if let Some(author) = note_author(site.references, &quote.refs) {
            (d.name, d.kind, d.via) = (Some(author), Some("named".into()), Some(VIA_CREDIT_LINE));
        }
    }
    full_name(ctx, &mut d, rq.open_at);
    quote.speaker = d.name.clone();
    quote.speaker_kind = d.name.as_ref().and(d.kind.clone()); // no kind without a speaker
    quote.speaker_via = d.name.as_ref().and(d.via).map(str::to_string);
    let joined = py::join_ws(&d.evidence);
    quote.attribution = if joined.is_empty() { None } else { Some(joined) };
    quote.outlet = outlet_of(site, ctx, quote, &d, previous.as_ref());
    remember_speaker(ctx, rq, d.name, &quote.outlet);
}

/// Step 1: a transcript's turn ("PENCE: Well, the question really should be …") names its
/// speaker more surely than the sentence introducing the transcript.
fn transcript_turn(quote: &Quote) -> Option<Cue> {
    let label = TRANSCRIPT_LABEL.match_(&quote.text)?;
    let name = group(&label, 1).to_string();
    Some(Cue {
        evidence: format!("{name}:"),
        speaker: Some(Speaker::named(name)),
        via: Some(VIA_CUE),
    })
}

/// Step 2: the clause after the quotation, up to the sentence's end, the next quotation or the
/// paragraph's end. A quotation that ends its own sentence ("…?” Graham asked.") is read with
/// the next sentence, where its cue stands; `after_clause` takes from it only a name and its
/// verb.
fn cue_after(site: &Site, ctx: &DocContext, quote: &Quote) -> Option<Cue> {
    let (text, rq) = (site.text, site.rq);
    let para = site.paras[rq.last_paragraph];
    let close_end = rq.close_end(text);
    let mut sent_end = sentence_of(ctx, rq.close_at).map_or(para.end, |s| s.end);
    if sent_end <= close_end + 1 && !ctx.sentences.is_empty() {
        if let Some(next) = ctx.sentences.get(ctx.sentence_index(rq.close_at) + 1) {
            sent_end = next.span.end;
        }
    }
    let limit = sent_end.min(site.next_open.unwrap_or(para.end)).min(para.end);
    if close_end >= limit {
        return None;
    }
    // a show's or a paper's name in quote marks inside the clause ("the “Pose” actor said on
    // “DWTS”") is blanked already; its marks are blanked too, so the reader reads on past them
    let clause = without_quote_marks(&ctx.masked[close_end..limit]);
    // “…night schedule.” She said that if “…”: after a quotation that closed its own sentence,
    // a clause running on into the next quotation introduces that one (unless it only pauses
    // on a comma: “We will rebuild.” Ruiz said, “and soon.”)
    let closed_own_sentence = py::ends_any(py::rstrip(&quote.text, "”’\"' "), &[".", "!", "?", "…"]);
    let runs_into_next = site.next_open.is_some_and(|n| n == limit && n < para.end) && !py::rstrip_ws(&clause).ends_with(',');
    if closed_own_sentence && runs_into_next {
        return None;
    }
    let (part, _) = after_clause(&clause, 0, clause.len(), &quote.text)?;
    let (speaker, evidence) = read_after(part);
    Some(Cue {
        speaker: speaker.filter(|s| s.kind.is_some()),
        evidence,
        via: Some(VIA_CUE),
    })
}

/// Step 3: the sentence before the quotation, or a lead-in paragraph ending in a colon when
/// the quotation opens its own paragraph. A pronoun found after the quotation (`after`)
/// gives way only to a name here.
fn cue_before(site: &Site, ctx: &DocContext, after: Cue, pronoun_after: bool) -> Cue {
    let (text, masked, rq) = (site.text, ctx.masked, site.rq);
    let open_para = site.paras[rq.paragraph];
    let sent_start = sentence_of(ctx, rq.open_at).map_or(open_para.start, |s| s.start);
    let mut before: &str = if sent_start <= rq.open_at {
        &masked[sent_start..rq.open_at]
    } else {
        ""
    };
    let mut colon = false;
    let mut via = VIA_CUE;
    if py::strip_ws(before).is_empty() && rq.open_at == open_para.start && rq.paragraph > 0 {
        let prev_para = site.paras[rq.paragraph - 1];
        if py::rstrip_ws(&text[prev_para.start..prev_para.end]).ends_with(':') {
            let from = sentence_of(ctx, py::back(text, prev_para.end, 1)).map_or(prev_para.start, |s| s.start);
            before = if from <= prev_para.end { &masked[from..prev_para.end] } else { "" };
            colon = true;
            via = VIA_EARLIER_SENTENCE;
        }
    } else if py::rstrip_ws(before).ends_with(':') {
        colon = true;
    }
    let (speaker, evidence) = read_before(before, colon);
    if pronoun_after && speaker.as_ref().is_none_or(|s| s.kind != Some("named")) {
        return Cue {
            via: Some(VIA_CUE),
            ..after
        };
    }
    let evidence = if colon && speaker.is_none() {
        before.to_string()
    } else if !evidence.is_empty() {
        evidence
    } else {
        after.evidence
    };
    Cue {
        speaker,
        evidence,
        via: Some(via),
    }
}

/// Step 4: "“…” —Salman Rushdie" on the same line or the next, or "“…” (Siegmund Freud)"
/// closing the paragraph: an epigraph's credit.
fn credit_line(site: &Site) -> Option<Speaker> {
    let (text, rq, paras) = (site.text, site.rq, site.paras);
    let para = paras[rq.last_paragraph];
    let close_end = rq.close_end(text);
    let rest = if close_end <= para.end { &text[close_end..para.end] } else { "" };
    let all_capitalised = |words: &[&str]| {
        words
            .iter()
            .filter(|w| !LEX.name_connectors.contains(&py::lower(w)))
            .all(|w| py::first_upper(w))
    };
    if let Some(b) = BRACKETED_CREDIT.match_(rest) {
        let credit = py::join_ws(group(&b, 1));
        let words = py::split_ws(&credit);
        if words.len() <= BRACKETED_CREDIT_WORDS && all_capitalised(&words) {
            return Some(Speaker::named(clean_name(&credit)));
        }
    }
    let mut m = CREDIT.match_(rest);
    if m.is_none() && py::strip_ws(rest).is_empty() && rq.last_paragraph + 1 < paras.len() {
        let nxt = paras[rq.last_paragraph + 1];
        m = CREDIT.match_(&text[nxt.start..nxt.end]);
    }
    let credit = py::join_ws(group(&m?, 1));
    let words = py::split_ws(&credit);
    if words.len() > DASHED_CREDIT_WORDS {
        return None;
    }
    if all_capitalised(&words) {
        return Some(Speaker::named(clean_name(&credit)));
    }
    // "— a former aide": a described speaker, without its article
    let kept: Vec<&str> = words
        .into_iter()
        .filter(|w| !matches!(py::lower(w).as_str(), "the" | "a" | "an"))
        .collect();
    (!kept.is_empty()).then(|| Speaker::described(kept.join(" ")))
}

/// Step 5: the speaker as printed, made a name: a pronoun or an anaphor ("the spokesman")
/// resolved to the person it stands for (and the outlet that person spoke to), else kept as
/// a description. Words around a cue that are printed like no speaker are dropped, so the
/// later steps look on.
fn named(ctx: &mut DocContext, cue: Cue, at: usize) -> Decided {
    let mut d = Decided {
        via: cue.via,
        evidence: cue.evidence,
        ..Decided::default()
    };
    let Some(sp) = cue.speaker else { return d };
    if matches!(sp.kind, Some("pronoun") | Some("anaphor")) {
        let (n, outlet) = ctx.resolve(
            sp.pronoun.as_deref().unwrap_or("it"),
            sp.noun.as_deref(),
            at,
            sp.described.is_none(),
        );
        d.outlet = outlet;
        d.via = Some(VIA_PRONOUN);
        d.kind = n.as_ref().map(|_| "named".to_string());
        d.name = n;
        if d.name.is_none() && sp.described.is_some() {
            d.name = sp.described.clone();
            d.kind = Some("described".into());
        }
    } else {
        d.name = sp.name.clone();
        d.kind = sp.kind.map(str::to_string);
    }
    if d.name.as_deref().is_some_and(|n| !printed_like_a_speaker(n, d.kind.as_deref())) {
        d.name = None;
        d.kind = None;
    }
    d
}

/// Step 6: this quotation goes on from the one before — in the same paragraph, alone in the
/// next one, or taken up again after a picture's caption — and takes its speaker.
fn continues(site: &Site, masked: &str, p: &Previous) -> bool {
    let (text, rq, paras) = (site.text, site.rq, site.paras);
    let (para, open_para) = (paras[rq.last_paragraph], paras[rq.paragraph]);
    let close_end = rq.close_end(text);
    let same_para = p.raw.last_paragraph == rq.paragraph;
    let rest = if close_end <= para.end { &masked[close_end..para.end] } else { "" };
    let alone_in_para = rq.open_at == open_para.start && py::strip(rest, " .,;:[]0123456789").is_empty();
    let bare_para = alone_in_para && p.raw.last_paragraph + 1 == rq.paragraph;
    (same_para || bare_para || (alone_in_para && resumes(text, paras, p.raw, rq))) && p.quote.speaker.is_some()
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

/// Step 7: a quotation that stands alone, with no cue of its own, and follows a sentence that
/// reports someone speaking ("Sometimes the rules are not followed, he said. “But does that
/// mean …”", "In his post, Brandt noted that … / “We have been through …”"): that someone.
fn sentence_before(ctx: &mut DocContext, rq: &RawQuote) -> Option<(String, String)> {
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
    // a headline ("Harbour Notes") reports no one's speech, whatever verb it seems to hold
    if prev.paragraph == 0 && is_headline(chunk) {
        return None;
    }
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

/// Step 8: a footnote that credits a person rather than citing a work ("1. Lucius Annaeus
/// Seneca, Roman philosopher. Source: …"): its author is who said the quotation it is
/// attached to.
fn note_author(references: &[Reference], refs: &[i64]) -> Option<String> {
    let r = resolved_reference(references, *refs.first()?)?;
    if r.title.is_none() && r.authors.len() == 1 {
        return r.authors.first().cloned();
    }
    None
}

/// A name as the article prints it in full ("Rezaian" -> "Jason Rezaian", an acronym spelt
/// out); a plural noun opening the clause ("Prosecutors alleged that …") with no surname to
/// expand is the group that spoke, a described speaker as "a senior official" is. A speaker
/// that is only function words ("Following", "After", "and") or is not printed as a name is
/// no speaker.
fn full_name(ctx: &mut DocContext, d: &mut Decided, at: usize) {
    // "Pike's earlier letter said": the owner speaks, not "Pike's"
    if let Some(owner) = d
        .name
        .as_deref()
        .and_then(|n| n.strip_suffix("’s").or_else(|| n.strip_suffix("'s")))
    {
        d.name = Some(owner.to_string());
    }
    if d.kind.as_deref() == Some("named") {
        let printed = d.name.clone();
        d.name = ctx.expand(d.name.take(), at);
        if let Some(group) = printed.filter(|p| d.name.is_none() && is_speaking_group(p)) {
            d.name = Some(group);
            d.kind = Some("described".into());
        }
    }
    let not_a_name =
        |n: &str| py::split_ws(n).iter().all(|w| LEX.not_names.contains(&py::lower(w))) || !printed_like_a_speaker(n, d.kind.as_deref());
    if d.name.as_deref().is_some_and(not_a_name) {
        d.name = None;
        d.kind = None;
    }
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

/// The outlet the words were told to or first appeared in, by the first that says: the
/// attribution's words ("told The Intercept"), a platform ("on Twitter"), the outlet a
/// resolved pronoun's person spoke to, the previous quotation's, a footnoted reference's
/// outlet, a speaker that is itself an outlet, an outlet named earlier in the paragraph,
/// the outlet that interviewed the speaker.
fn outlet_of(site: &Site, ctx: &mut DocContext, quote: &Quote, d: &Decided, previous: Option<&Previous>) -> Option<String> {
    let (text, rq) = (site.text, site.rq);
    let mut outlet = if d.evidence.is_empty() {
        None
    } else {
        outlet_cue(&d.evidence, &ctx.known_outlets)
    };
    if outlet.is_none() && !d.evidence.is_empty() {
        outlet = platform_cue(&d.evidence);
    }
    outlet = outlet.or(d.outlet.clone());
    if outlet.is_none() {
        outlet = quote
            .refs
            .iter()
            .find_map(|&n| resolved_reference(site.references, n).and_then(|r| r.outlet.clone()));
    }
    if outlet.is_none() {
        if let Some(n) = d.name.as_deref().filter(|n| !n.is_empty()) {
            // "said Fortune, who chairs the guild": "who" makes a person of an outlet's name
            let a_person = d.evidence.contains(&format!("{n}, who ")) || d.evidence.contains(&format!("{n} who "));
            if (is_outlet_name(n) || ctx.known_outlets.contains(&fold_name(n))) && !a_person {
                outlet = Some(n.to_string());
            }
        }
    }
    if outlet.is_none() {
        // from the paragraph's start, or from the end of the quotation before when someone
        // else said that one
        let mut since = site.paras[rq.paragraph].start;
        if let Some(p) = previous.filter(|p| p.raw.last_paragraph == rq.paragraph && p.quote.speaker != d.name) {
            since = p.raw.close_end(text);
        }
        let lo = since.max(py::back(text, rq.open_at, OUTLET_CUE_REACH));
        if lo <= rq.open_at {
            outlet = outlet_cue(&ctx.masked[lo..rq.open_at], &ctx.known_outlets);
        }
    }
    if outlet.is_none() && d.kind.as_deref() == Some("named") {
        outlet = ctx.interviewed_by(d.name.as_deref());
    }
    ctx.expand_outlet(outlet)
}

/// The sentences the quotation opens and closes in are marked with its speaker and outlet:
/// a later pronoun or a lead-in reads them.
fn remember_speaker(ctx: &mut DocContext, rq: &RawQuote, name: Option<String>, outlet: &Option<String>) {
    if ctx.sentences.is_empty() || name.as_deref().is_none_or(|n| n.is_empty()) {
        return;
    }
    for at in [rq.open_at, rq.close_at] {
        let k = ctx.sentence_index(at);
        ctx.sentences[k].speaker = name.clone();
        ctx.sentences[k].outlet = outlet.clone();
    }
}

/// Step 9, over the article: words quoted again later ("Grisham, by her own accounting, has
/// given “plenty of on-the-record statements …”"), or first in part and then in full, with no
/// speaker of their own are the words of the one the article names for them elsewhere: the
/// nearest such quotation before them, else after.
pub fn repeated_words(quotes: &mut [Quote]) {
    let words: Vec<Vec<String>> = quotes.iter().map(|q| py::folded_words(&q.text)).collect();
    for i in 0..quotes.len() {
        if quotes[i].speaker.is_some() || words[i].len() < MIN_REPEATED_WORDS {
            continue;
        }
        let Some(j) = (0..i).rev().chain(i + 1..quotes.len()).find(|&j| {
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

fn holds(whole: &[String], part: &[String]) -> bool {
    part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part)
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
