//! Who said a quotation, and where: speaker and outlet from the words around it. Returns
//! nothing rather than a guess.

use crate::lexicon::{sorted_words, LEX};
use crate::names::{clean_name, fold_name, is_org, is_outlet_name, looks_like_person, names_in, printed_like_a_description, NameSpan};
use crate::py;
use crate::rx::{group, letters, span, Rx};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Words after a name that keep it the sentence's subject, not a modifier of a noun: the
/// lexicon's function words after a subject, and every reporting verb.
static FOLLOW_OK: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut s = LEX.words_after_a_subject.clone();
    s.extend(LEX.reporting_verbs.iter().cloned());
    s
});
const PASSIVE_AUX: &[&str] = &["was", "were", "been", "being", "is", "are", "be"];
/// Words that report speech: the reporting verbs and the participles that do ("adding",
/// "noting").
static VERBS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut s = LEX.reporting_verbs.clone();
    s.extend(LEX.reporting_participles.iter().cloned());
    s
});
pub fn is_thing(w: &str) -> bool {
    LEX.thing_nouns.contains(w)
}
fn is_org_noun(w: &str) -> bool {
    LEX.org_nouns.contains(w)
}
pub fn is_verb(w: &str) -> bool {
    VERBS.contains(w)
}

// the words' letters are taken whole (`*+`): nothing after a word can start inside one
const OUTLET_NP: &str = r"((?:the\s+)?(?:[A-Z][\w’'\-.&]*+|al-[A-Z][\w\-]*+)(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'\-.&]*+){0,5})";
// "Tucker Carlson's show", "CNN's podcast": a show named by its owner
static SHOW: LazyLock<Rx> = LazyLock::new(|| {
    let nouns = sorted_words(&LEX.show_nouns).join("|");
    Rx::new(&letters(&format!(r"((?:[A-Z][\w\-.]*\s+){{0,2}}[A-Z][\w\-.]*[’']s\s+(?:{nouns}))")))
});

fn either_case(words: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    v.extend(words.iter().map(|w| py::capitalize(w)));
    v
}

/// Whether `text` holds one of `words`: one pass of an Aho-Corasick automaton.
pub struct Keys(aho_corasick::AhoCorasick);

impl Keys {
    pub fn new<S: AsRef<str>>(words: &[S]) -> Keys {
        Keys(aho_corasick::AhoCorasick::new(words.iter().map(|w| w.as_ref())).expect("keys"))
    }
    pub fn any_in(&self, text: &str) -> bool {
        self.0.is_match(text)
    }
}

/// A cue, the words that must be in a text for it to be tried (`keys`), and the words a
/// match must begin with (`anchors`): it is tried only where one of them stands.
struct Cue {
    rx: Rx,
    keys: Keys,
    anchors: aho_corasick::AhoCorasick,
}

impl Cue {
    fn new(pattern: String, keys: Keys, anchors: &[&str], any_case: bool) -> Cue {
        let anchors = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(any_case)
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(anchors)
            .expect("anchors");
        Cue {
            rx: Rx::new(&pattern),
            keys,
            anchors,
        }
    }

    /// `rx.finditer(text)`: each match begins at an anchor, so the leftmost match from a
    /// position is the first anchor there that matches.
    fn matches<'t>(&self, text: &'t str) -> Vec<crate::rx::Caps<'t>> {
        let mut starts: Vec<usize> = self.anchors.find_iter(text).map(|m| m.start()).collect();
        starts.sort_unstable();
        starts.dedup();
        let mut out = Vec::new();
        let mut floor = 0;
        for p in starts {
            if p < floor {
                continue;
            }
            if let Some(c) = self.rx.match_at(text, p) {
                floor = c.get(0).unwrap().end().max(p + 1);
                out.push(c);
            }
        }
        out
    }
}

static OUTLET_CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    let np = letters(OUTLET_NP);
    let cue = |p: String, keys: &[&str]| Cue::new(p, Keys::new(keys), keys, false);
    // "said on X", "wrote in X"; "spoke to X", "confirmed to X"; "reported by X"
    let (saying, talking, released) = (
        sorted_words(&LEX.verbs_before_an_outlet),
        sorted_words(&LEX.verbs_to_an_outlet),
        sorted_words(&LEX.verbs_by_an_outlet),
    );
    let works = ["investigation", "report", "story", "interview"];
    // "told the local paper The Valley Times": the outlet named after what kind of outlet it is
    let kinds = sorted_words(&LEX.org_nouns).join("|");
    vec![
        cue(format!(r"\b[Tt]old\s+{np}"), &["told", "Told"]),
        cue(
            format!(r"\b[Tt]old\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{kinds})\s+{np}"),
            &["told", "Told"],
        ),
        Cue::new(
            format!(r"\b(?i:{})\s+(?:on|in|to)\s+{np}", saying.join("|")),
            Keys::new(&either_case(&saying)),
            &saying,
            true,
        ),
        Cue::new(
            format!(r"\b[Aa]ccording to\s+{np}"),
            Keys::new(&["ccording to"]),
            &["According to", "according to"],
            false,
        ),
        Cue::new(
            format!(r"\b(?i:{})\s+(?:to|with)\s+{np}", talking.join("|")),
            Keys::new(&either_case(&talking)),
            &talking,
            true,
        ),
        cue(
            format!(
                r"\b[Ii]n an?\s+(?:[\w\-]+\s+){{0,2}}?(?:interview|conversation|op-ed|column|article|piece|post|statement)\s+(?:with|for|in|on|to)\s+{np}"
            ),
            &["in a", "In a"],
        ),
        cue(format!(r"\b(?:quoted|cited)(?:\s+as\s+saying)?\s+by\s+{np}"), &["quoted", "cited"]),
        cue(
            format!(r"\b(?:investigation|report|reporting|story|interview)\s+(?:by|in|from)\s+{np}"),
            &works,
        ),
        cue(format!(r"\b(?:{})\s+by\s+{np}", released.join("|")), &released),
    ]
});
// "a New York Times reporter", "Intercept staff": the outlet whose staff said it
static STAFF: LazyLock<Rx> = LazyLock::new(|| {
    let nouns = sorted_words(&LEX.outlet_staff_nouns)
        .iter()
        .map(|w| {
            if w.ends_with('s') || w.ends_with("ing") {
                w.to_string()
            } else {
                format!("{w}s?")
            }
        })
        .collect::<Vec<_>>()
        .join("|");
    Rx::new(&letters(&format!(
        r"\b((?:[A-Z][\w’'\-]*\s+){{0,3}}[A-Z][\w’'\-]*)\s+(?:{nouns})\b"
    )))
});

static STAFF_KEYS: LazyLock<Keys> = LazyLock::new(|| Keys::new(&sorted_words(&LEX.outlet_staff_nouns)));
static SHOW_KEYS: LazyLock<Keys> = LazyLock::new(|| Keys::new(&sorted_words(&LEX.show_nouns)));

rx!(NAMED = letters(r"\b(?:named|called)\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"));
rx!(APPOSITIVE = letters(r"\s*(?:[a-z][\w\-]*\s+){0,3}((?:[A-Z][\w’'\-]*\.?\s+){1,2}[A-Z][\w’'\-]+)\s*"));
rx!(
    GROUP_SUBJECT = r"^\s*((?:[Tt]he\s+)?(?:[A-Z][a-z]+|[a-z]+)s\s+(?:at|of|from|for|with|in)\s+(?:the\s+)?[A-Z][\w.&’'\-]*(?:\s+(?:of|for|and|the|[A-Z][\w.&’'\-]*)){0,6})(?:,[^,]{1,90},)?\s*$"
);
// "As Ms. Simonyan put it in a statement to …, RT is “…”", "As Steven Rosenthal, a tax lawyer,
// recently put it, “…”"
rx!(AS_NAME_PUT_IT = letters(
    r"\b[Aa]s\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+)(?:,[^,]{1,120},)?\s+(?:[a-z]+ly\s+)?(?:put|phrased|framed|summed)\s+it\b"
));
rx!(WHAT_NAME_CALLED = letters(
    r#"\bwhat\s+(?:[a-z]+\s+){0,3}((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+(?:described|called|termed|dubbed|labell?ed)\s+(?:it\s+)?(?:as\s+)?[^.!?“”"]{0,40}$"#
));
// "According to X, " and "In the words of X who …, " before a quotation, X perhaps followed by
// a lower-case appositive ("According to Ana Ruiz, head of the guild in Lisbon, “…”")
rx!(ACCORDING_BEFORE = letters(
    r"\b(?:[Aa]ccording to|[Ii]n the words of)\s+([^,:]+?(?:,\s*[A-Z][^,:]*?)?)(?:\s+(?:who|which)\b[^,:]*)?(?:,\s*[a-z][^,:]*?(?=,)){0,2}[,:]?\s*$"
));
// "According to a 2018 survey by Ana Ruiz of the University of Porto, the firm's habit has
// been to “…”": a sentence that opens on whose work it reports gives that person the words
rx!(ACCORDING_WORK_BY = letters(
    r"^\s*[Aa]ccording to\s+(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+){0,3}?(\w+)\s+by\s+((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+)[^,]{0,80},"
));
// "…while Kerry negotiates with Russia over Syria, Schiff said.": a sentence of reported
// speech that ends on who reported it
rx!(ENDS_ON_SPEAKER = letters(
    r",\s+((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+|[Hh]e|[Ss]he|[Tt]hey)\s+([a-z]+)(?:\s+(?:on|in|at|last|this)\s+[\w ]{1,20})?[.!]?\s*$"
));

/// The speaker a sentence of reported speech ends on (", Schiff said."), if it ends so.
pub fn ends_on_speaker(sentence: &str) -> Option<Speaker> {
    let c = ENDS_ON_SPEAKER.search(sentence)?;
    if !is_verb(group(&c, 2)) {
        return None;
    }
    let who = group(&c, 1);
    Some(if matches!(py::lower(who).as_str(), "he" | "she" | "they") {
        Speaker::pronoun(&py::lower(who))
    } else {
        Speaker::named(clean_name(who))
    })
}

rx!(ABBREVIATION_DOT = letters(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rep|Sen|Gen|Gov|Col|Lt|[A-Z])\."));
rx!(NEW_SENTENCE = letters(r"[.!?]\s+[A-Z]"));
rx!(BY_AGENT = letters(r"\bby\s+([A-Z][^,.;:]*)"));
rx!(FOR_OWN_WORDS = r"^\s*for\s+(?:its|his|her|their)\s");
rx!(MODIFIER_WORD = r"^[ \t]+([a-z][\w\-]*)");
rx!(SEPARATOR = r"[,—();:]|–(?=\s)|(?<=\s)–");
rx!(LETTER_PAIR = r"[A-Za-z]{2}");
rx!(NUMBERS_ONLY = r"[\d\s,.\-–]+");
rx!(DIGITS_SPACES = r"[\d\s]+");
rx!(AND_SPLIT = r"\s+and\s+");
rx!(OWNER = letters(r"((?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*)[’']s\s+"));
static ORIGIN: LazyLock<Rx> = LazyLock::new(|| {
    let mut nouns: Vec<&str> = LEX.thing_nouns.iter().map(String::as_str).collect::<Vec<_>>();
    nouns.sort();
    Rx::new(&format!(
        r"(?i)^(?:an?|the)\s+(?:[\w\-]+\s+)?(?:{})s?\s+(?:from|by|of)\s+(.+)$",
        nouns.join("|")
    ))
});
rx!(RELATIVE = r"\s+(?:who|which|whom|whose)\b");
rx!(BY_REST = r"\bby\s+(.+)$");
rx!(SITE_DOMAIN = r"(?:[\w\-]+\.)+(?:com|org|net|info|news|co|io|de|fr|uk|eu|us|ca|au|in|ru|tv|me)");
rx!(ORDINAL_OR_NUMBER = r"\d{1,4}(?:st|nd|rd|th)?");
rx!(PREP_SPLIT = r"\s+(?:in|on|at|during|since|over|after|before|from|last|this|next|earlier|on)\s+(?=[\w“])");
rx!(POSSESSOR = r"\b([a-z][\w\-]*)[’']s\s+[a-z][\w\-]*$");
rx!(AFTER_LEAD = r"[\s,;:—–\-]*(?:\[\^?[\d,\s–-]+\]|\d{1,3}(?=\s))?[\s,;:—–\-]*");
// a clause after a quotation ends at a sentence's stop, but not at an initial's ("Elijah E.
// Cummings said") nor at the next quotation's mark
rx!(AFTER_STOP = r#"(?<!\b\p{Lu})[.!?](?:\s|$)|[“"‘]"#);
rx!(VERB_RELATIVE = r",\s*(?:who|which|adding|according|as|in|on|after|before)\b");
rx!(SUBORDINATE_END = r"\b(?:that|because|if|when)\s*$");
rx!(POSSESSIVE_END = r"[’']s$");

#[derive(Clone, Debug, Default)]
pub struct Speaker {
    pub name: Option<String>,
    pub kind: Option<&'static str>,
    pub noun: Option<String>,
    pub pronoun: Option<String>,
    pub described: Option<String>,
}

impl Speaker {
    fn none() -> Speaker {
        Speaker::default()
    }
    pub fn named(name: String) -> Speaker {
        Speaker {
            name: Some(name),
            kind: Some("named"),
            ..Default::default()
        }
    }
    pub fn described(name: String) -> Speaker {
        Speaker {
            name: Some(name),
            kind: Some("described"),
            ..Default::default()
        }
    }
    fn pronoun(p: &str) -> Speaker {
        Speaker {
            kind: Some("pronoun"),
            pronoun: Some(p.to_string()),
            ..Default::default()
        }
    }
}

/// A name used as an adjective ("the Alavi account", "a Congressional aide").
pub fn is_modifier(text: &str, end: usize) -> bool {
    let hi = py::fwd(text, end, 40);
    let Some(m) = MODIFIER_WORD.match_(&text[end..hi]) else {
        return false;
    };
    let w = group(&m, 1);
    // a verb after the name ("Duarte declined", "Duarte spoke") makes it the subject, not a
    // modifier of a noun ("the Trump administration")
    let past_verb = (w.ends_with("ed") && w.len() > 4) || LEX.irregular_past_verbs.contains(w);
    !FOLLOW_OK.contains(w) && !w.ends_with("ly") && !past_verb && !present_verb(w, &text[end + m.get(0).map_or(0, |g| g.end())..hi])
}

/// "Ada Pike chairs the board": a word in -s followed by a determiner is a verb in the
/// present, its subject the name; "the Trump supporters rallied" has no determiner after.
fn present_verb(word: &str, after: &str) -> bool {
    let third_person = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is");
    third_person
        && py::split_ws(after)
            .first()
            .is_some_and(|next| LEX.determiners.contains(&py::lower(next)))
}

/// The clause cut at commas, dashes, brackets, semicolons and colons (and the spaces around).
pub fn segments(clause: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (a0, b0) in SEPARATOR.find_iter(clause) {
        let (mut a, mut b) = (a0, b0);
        if a < pos {
            continue;
        }
        while a > pos && py::char_before(clause, a).is_some_and(py::is_space) {
            a = py::back(clause, a, 1);
        }
        while b < clause.len() && py::char_at(clause, b).is_some_and(py::is_space) {
            b = py::after_char(clause, b);
        }
        let seg = &clause[pos..a];
        if !py::strip_ws(seg).is_empty() {
            out.push((pos, seg));
        }
        pos = b;
    }
    if !py::strip_ws(&clause[pos..]).is_empty() {
        out.push((pos, &clause[pos..]));
    }
    out
}

pub fn is_intro(seg: &str) -> bool {
    let words = py::split_ws(seg);
    if words.is_empty() {
        return true;
    }
    let low = py::lower(words[0]);
    let first = py::strip(&low, "“”\"'‘’…");
    let cap = py::first_upper(words[0]);
    if LEX.intro_words.contains(first) || LEX.sentence_adverbs.contains(first) || (cap && first.ends_with("ing") && py::char_len(first) > 5)
    {
        return true;
    }
    if cap
        && first.ends_with("ed")
        && py::char_len(first) > 4
        && words.len() > 1
        && LEX.clause_after_participle.contains(py::lower(words[1]).as_str())
    {
        return true;
    }
    !LETTER_PAIR.is_match(seg) || NUMBERS_ONLY.full_is(seg)
}

/// "14th March", "March 2": a date, capitalised for its month, is no one's name.
fn is_a_date(name: &str) -> bool {
    py::split_ws(name).iter().all(|w| {
        let w = py::lower(py::strip(w, ".,"));
        LEX.months.contains_key(&w) || ORDINAL_OR_NUMBER.full_is(&w) || LEX.determiners.contains(&w)
    })
}

pub fn good_names(text: &str, offset: usize) -> Vec<NameSpan> {
    let mut out = Vec::new();
    for n in names_in(text, 0) {
        if n.possessive || DIGITS_SPACES.full_is(&n.text) || is_modifier(text, n.end) || is_a_date(&n.text) {
            continue;
        }
        out.push(NameSpan {
            text: n.text,
            start: n.start + offset,
            end: n.end + offset,
            possessive: false,
        });
    }
    out
}

fn modifier_names(text: &str) -> Vec<String> {
    names_in(text, 0)
        .into_iter()
        .filter(|n| !n.possessive && is_modifier(text, n.end))
        .map(|n| n.text)
        .collect()
}

fn split_and(name: &str) -> Vec<String> {
    let parts = AND_SPLIT.split(name);
    if parts.len() > 1 && parts.iter().all(|p| (1..=3).contains(&py::split_ws(p).len()) && !is_org(p)) {
        return parts.iter().map(|p| p.to_string()).collect();
    }
    vec![name.to_string()]
}

/// "US Director of Intelligence John Ratcliffe" -> "John Ratcliffe".
pub fn strip_roles(name: &str) -> String {
    let mut words = py::split_ws(name);
    let mut last_role: Option<usize> = None;
    if words.len() > 1 {
        for (i, w) in words[..words.len() - 1].iter().enumerate() {
            if LEX.honorifics.contains(py::strip(&py::lower(w), ".")) {
                last_role = Some(i);
            }
        }
    }
    if let Some(k) = last_role {
        let mut rest = words[k + 1..].to_vec();
        if rest.len() >= 3 && (rest[0] == "of" || rest[0] == "for") {
            rest = rest[2..].to_vec();
        }
        if !rest.is_empty() {
            words = rest;
        }
    }
    clean_name(&words.join(" "))
}

/// Whose words a phrase names: "Farouk’s reply" -> "Farouk"; None for "Smith’s lawyer".
pub fn owned_thing(phrase: &str) -> Option<String> {
    let p = py::strip_ws(phrase);
    let m = OWNER.match_(p)?;
    for w in py::split_ws(&p[m.get(0).unwrap().end()..]).into_iter().take(3) {
        let word = py::strip(w, ",.;:");
        if is_thing(py::lower(word).trim_end_matches('s')) {
            return Some(strip_roles(group(&m, 1)));
        }
        if !py::is_lower(word) {
            break;
        }
    }
    None
}

fn without_trailing_adverb(clause: &str) -> &str {
    let trimmed = py::rstrip_ws(clause);
    if trimmed.len() != clause.len() {
        return clause;
    }
    let Some(cut) = trimmed.rfind(py::is_space) else { return clause };
    let last = &trimmed[cut + py::char_at(trimmed, cut).unwrap().len_utf8()..];
    let first = py::rstrip_ws(&trimmed[..cut]);
    if first.is_empty() {
        return clause;
    }
    if LEX.trailing_adverbs.contains(last)
        || (last.ends_with("ly") && py::char_len(last) > 2 && last.is_ascii() && py::is_alpha(last) && py::is_lower(last))
    {
        return first;
    }
    clause
}

fn tokens(text: &str) -> Vec<&str> {
    py::tokens(text)
}

/// The speaker a clause names (its grammatical subject, appositives dropped).
/// Who the clause before a reporting verb names as its subject: a name, a pronoun, an
/// anaphor ("the spokesman", for the resolver), a described speaker ("a senior aide"), or no
/// one. The readers below are tried in order; each says what shape it reads.
pub fn subject_of(clause: &str) -> Speaker {
    let clause = py::strip(clause, " ,;:—–");
    let clause = without_trailing_adverb(clause);
    let clause = without_leading_conjunction(clause);
    let mut segs = segments(clause);
    if segs.is_empty() {
        return Speaker::none();
    }
    if let Some(s) = subject_before_relative(&mut segs) {
        return s;
    }
    if let Some(s) = subject_of_last_subordinate(&segs) {
        return s;
    }
    while segs.len() > 1 && is_intro(segs[0].1) {
        segs.remove(0);
        // "Following a swiftly called, late-afternoon meeting, the Council said": the
        // introduction runs on past its comma in words no subject opens with
        while segs.len() > 1 && continues_an_introduction(segs[0].1) {
            segs.remove(0);
        }
    }
    if let Some(a) = appositive_name(&segs) {
        return Speaker::named(a);
    }
    let head0 = RELATIVE.split(segs[0].1)[0];
    let mut head: &str = py::strip(head0, " “”\"");
    if let Some(c) = NAMED.search(head) {
        return Speaker::named(clean_name(group(&c, 1)));
    }
    if let Some(c) = BY_REST.search(head) {
        // "A statement issued by the Harbour Board said": the agent speaks; "Ines Duarte spoke
        // at a forum sponsored by Harbour Radio and said": the name before "by" does
        let agent = group(&c, 1);
        let before_by = &head[..c.get(0).map_or(0, |m| m.start())];
        if !good_names(agent, 0).is_empty() && good_names(before_by, 0).is_empty() {
            head = agent;
        }
    }
    if let Some(s) = subject_of_origin(head) {
        return s;
    }
    head = PREP_SPLIT.split(head)[0];
    if let Some(s) = named_subject(head) {
        return s;
    }
    let (head, words) = before_verb(head);
    if words.is_empty() {
        return Speaker::none();
    }
    described_subject(&head, &words, &segs)
}

/// "The issue grew after the debate, when the candidate Ana Ruiz boldly suggested that …":
/// the verb belongs to the clause its subordinator opens, after the last comma; its subject
/// is that clause's, when it names one.
fn subject_of_last_subordinate(segs: &[(usize, &str)]) -> Option<Speaker> {
    if segs.len() < 2 {
        return None;
    }
    let last = py::lstrip_ws(segs[segs.len() - 1].1);
    let (first, rest) = last.split_once(char::is_whitespace)?;
    if !matches!(
        py::lower(first).as_str(),
        "when" | "while" | "as" | "after" | "because" | "where" | "since" | "before"
    ) {
        return None;
    }
    let inner = subject_of(rest);
    matches!(inner.kind, Some("named")).then_some(inner)
}

/// A segment opening in lower case on no determiner or pronoun, with no name in it
/// ("late-afternoon meeting"): the rest of an introduction a comma cut, not a subject.
fn continues_an_introduction(seg: &str) -> bool {
    let Some(first) = tokens(seg).first().map(|w| py::lower(w)) else {
        return false;
    };
    py::is_lower(py::lstrip_ws(seg).get(..1).unwrap_or(""))
        && !LEX.determiners.contains(&first)
        && !LEX.person_pronouns.contains(&first)
        && !LEX.thing_pronouns.contains(&first)
        && !matches!(first.as_str(), "its" | "his" | "her" | "their")
        && good_names(seg, 0).is_empty()
}

/// "…, a former aide who": the name in the segment before a closing relative pronoun
/// (`segs` loses the pronoun when no name stands there).
fn subject_before_relative(segs: &mut Vec<(usize, &str)>) -> Option<Speaker> {
    let last = py::lower(py::strip_ws(segs[segs.len() - 1].1));
    if !(matches!(last.as_str(), "who" | "which" | "that") && segs.len() >= 2) {
        return None;
    }
    let s2 = segs[segs.len() - 2].1;
    let mut names = good_names(s2, 0);
    if names.is_empty() {
        names = names_in(s2, 0).into_iter().filter(|n| !n.possessive).collect();
    }
    if let Some(n) = names.last() {
        return Some(Speaker::named(strip_roles(&n.text)));
    }
    segs.pop();
    None
}

/// "a statement from the ministry", "a spokesman for Ruiz": the subject is where the words
/// came from; a pronoun there ("a statement from his office") leaves a described speaker.
fn subject_of_origin(head: &str) -> Option<Speaker> {
    let c = ORIGIN.match_(head)?;
    let inner_text = group(&c, 1);
    let inner = subject_of(inner_text);
    if matches!(inner.kind, Some("pronoun") | Some("anaphor")) {
        let kept: Vec<&str> = tokens(inner_text)
            .into_iter()
            .filter(|w| !LEX.determiners.contains(&py::lower(w)))
            .collect();
        return Some(if kept.is_empty() {
            Speaker::none()
        } else {
            Speaker::described(kept[..kept.len().min(MAX_DESCRIBED_WORDS)].join(" "))
        });
    }
    inner.kind.is_some().then_some(inner)
}

/// A pronoun opening the head, an owner's thing ("Ruiz's office"), or the names in it: the
/// first person among them, or two joined by "and" ("Ruiz and Brandt said").
fn named_subject(head: &str) -> Option<Speaker> {
    let first_word = tokens(head).first().map(|w| py::lower(w)).unwrap_or_default();
    if (LEX.person_pronouns.contains(&first_word) || LEX.thing_pronouns.contains(&first_word)) && first_word != "this" {
        return Some(Speaker::pronoun(&first_word));
    }
    if let Some(owner) = owned_thing(head) {
        return Some(Speaker::named(owner));
    }
    let names = good_names(head, 0);
    if names.is_empty() {
        return None;
    }
    let candidates: Vec<String> = names.iter().flat_map(|n| split_and(&n.text)).collect();
    if candidates.len() > 1 && candidates.iter().all(|c| !is_org(c)) && head.contains(" and ") {
        return Some(Speaker::named(
            candidates[..2].iter().map(|c| strip_roles(c)).collect::<Vec<_>>().join(" and "),
        ));
    }
    let people: Vec<&String> = candidates.iter().filter(|c| !is_org(c)).collect();
    let pick = people.first().copied().unwrap_or(&candidates[0]);
    Some(Speaker::named(strip_roles(pick)))
}

/// The head up to its first verb-like word after the second ("the senior aide insists"): the
/// noun phrase, and its words.
fn before_verb(head: &str) -> (String, Vec<&str>) {
    let mut words = tokens(head);
    if words.len() >= 3 {
        for k in 2..words.len() - 1 {
            let w = words[k];
            let verbish = is_verb(w)
                || (py::is_lower(w)
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is")
                    && !w.contains('’'));
            if verbish {
                // the words before it are at least this many bytes in: a lower bound, moved back
                // to a char boundary (a skipped character may be several bytes long)
                let from = py::floor_boundary(head, words[..k].iter().map(|x| x.len()).sum());
                let at = head[from..].find(w).map(|i| i + from).unwrap_or(head.len());
                words.truncate(k);
                return (py::strip_ws(&head[..at]).to_string(), words);
            }
        }
    }
    (head.to_string(), words)
}

/// A noun phrase with no name: a pronoun; "the spokesman" or "his office", an anaphor for the
/// resolver (a person's or a body's, by its noun), kept as a description when it says more
/// than its noun; "a report" no one; else the words as a described speaker.
fn described_subject(head: &str, words: &[&str], segs: &[(usize, &str)]) -> Speaker {
    let low: Vec<String> = words.iter().map(|w| py::lower(w)).collect();
    let pron = |w: &str| LEX.person_pronouns.contains(w) || LEX.thing_pronouns.contains(w);
    if pron(&low[0]) && (words.len() <= 2 || low[0] != "this") {
        return Speaker::pronoun(&low[0]);
    }
    let definite = matches!(
        low[0].as_str(),
        "the" | "this" | "that" | "its" | "his" | "her" | "their" | "these" | "those"
    );
    let possessor = POSSESSOR.search(head).map(|c| group(&c, 1).to_string());
    let noun = possessor.clone().or_else(|| head_noun(head));
    for m in modifier_names(head) {
        let after_text = &head[head.find(&m).map_or(0, |i| i + m.len())..];
        if let Some(a0) = py::split_ws(after_text).first() {
            if is_thing(py::lower(a0).trim_end_matches('s')) {
                return Speaker::named(clean_name(&m));
            }
        }
    }
    let noun_thing = noun.as_deref().is_some_and(is_thing);
    if (low[0] == "a" || low[0] == "an") && noun_thing {
        return Speaker::none();
    }
    if definite || noun_thing {
        if segs.len() > 1 && pure_name(segs[1].1) {
            return Speaker::named(clean_name(segs[1].1));
        }
        let noun_org = noun.as_deref().is_some_and(is_org_noun);
        let kind = if noun_thing || noun_org || possessor.is_some() {
            "it"
        } else {
            "he"
        };
        let kept: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| {
                let l = py::lower(w);
                !LEX.determiners.contains(&l) && !matches!(l.as_str(), "its" | "his" | "her" | "their")
            })
            .collect();
        // "The Austrian trade ministry": a body its own proper word identifies speaks as
        // printed, unless the article named it before ("the Ministry of Trade … the ministry")
        let identified_body = noun_org && kept.len() > 1 && kept[..kept.len() - 1].iter().any(|w| py::first_upper(w));
        let looks_back = (possessor.is_none() || noun_thing || noun_org) && !identified_body;
        let described = if looks_back || kept.is_empty() {
            None
        } else {
            Some(kept[..kept.len().min(MAX_DESCRIBED_WORDS)].join(" "))
        };
        return Speaker {
            name: None,
            kind: Some("anaphor"),
            noun,
            pronoun: Some(kind.to_string()),
            described,
        };
    }
    if segs.len() > 1 && pure_name(segs[1].1) {
        return Speaker::named(clean_name(segs[1].1));
    }
    let kept: Vec<&str> = words.iter().copied().filter(|w| !LEX.determiners.contains(&py::lower(w))).collect();
    if kept.is_empty() || kept.len() > MAX_DESCRIBED_WORDS {
        return Speaker::none();
    }
    Speaker::described(kept.join(" "))
}

/// Words a described speaker may hold ("a senior Congressional aide on the panel"): more is a
/// clause, not a description.
const MAX_DESCRIBED_WORDS: usize = 7;

/// "but he said", "and called on people": the conjunction joins the clause to what came
/// before; the subject is what follows it.
fn without_leading_conjunction(clause: &str) -> &str {
    for c in ["and ", "but ", "while ", "yet ", "or ", "so "] {
        if let Some(rest) = clause.strip_prefix(c) {
            return py::lstrip_ws(rest);
        }
    }
    clause
}

fn appositive_name(segs: &[(usize, &str)]) -> Option<String> {
    if segs.len() < 2 || !names_in(segs[0].1, 0).is_empty() {
        return None;
    }
    let m = APPOSITIVE.fullmatch(segs[1].1)?;
    let g = group(&m, 1);
    if is_org(g) || !looks_like_person(g) {
        return None;
    }
    Some(clean_name(g))
}

fn head_noun(phrase: &str) -> Option<String> {
    let words: Vec<String> = tokens(phrase)
        .iter()
        .map(|w| {
            if w.ends_with("’s") || w.ends_with("'s") {
                py::strip(&py::lower(w), "’'s").to_string()
            } else {
                py::lower(w)
            }
        })
        .collect();
    for w in words.iter().rev() {
        if LEX.determiners.contains(w) {
            continue;
        }
        let bare = w.trim_end_matches('s');
        if is_thing(bare) {
            return Some(bare.to_string());
        }
        if !FOLLOW_OK.contains(w) {
            return Some(w.clone());
        }
    }
    None
}

pub fn pure_name(seg: &str) -> bool {
    let seg = py::strip_ws(seg);
    let names = names_in(seg, 0);
    names.len() == 1
        && clean_name(&names[0].text) == py::strip_ws(&clean_name(seg))
        && py::split_ws(&names[0].text).last() == py::split_ws(seg).last()
        && !names[0].possessive
        && py::split_ws(seg).len() <= 5
}

/// An explicit tie of the words to a publication: "told The Intercept", "wrote on Lobelog".
pub fn outlet_cue(text: &str, known: &HashSet<String>) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for cue in OUTLET_CUES.iter() {
        if !cue.keys.any_in(text) {
            continue;
        }
        for c in cue.matches(text) {
            let (s1, _) = span(&c, 1).unwrap();
            let s0 = c.get(0).unwrap().start();
            if let Some(cand) = outlet_candidate(text, s1, group(&c, 1), known) {
                if best.as_ref().is_none_or(|b| s0 < b.0) {
                    best = Some((s0, cand));
                }
            }
        }
    }
    if STAFF_KEYS.any_in(text) {
        if let Some(c) = STAFF.search(text) {
            let s0 = c.get(0).unwrap().start();
            if best.as_ref().is_none_or(|b| s0 < b.0) {
                if let Some(cand) = outlet_candidate(text, span(&c, 1).unwrap().0, group(&c, 1), known) {
                    best = Some((s0, cand));
                }
            }
        }
    }
    if SHOW_KEYS.any_in(text) {
        if let Some(c) = SHOW.search(text) {
            let s0 = c.get(0).unwrap().start();
            if best.as_ref().is_none_or(|b| s0 < b.0) {
                best = Some((s0, show_name(group(&c, 1))));
            }
        }
    }
    best.map(|b| b.1)
}

fn show_name(g: &str) -> String {
    let words = py::split_ws(g);
    if words.len() > 3 {
        words[words.len() - 3..].join(" ")
    } else {
        g.to_string()
    }
}

fn outlet_candidate(text: &str, start: usize, np: &str, known: &HashSet<String>) -> Option<String> {
    let show = SHOW.match_(&text[start..]).or_else(|| {
        let skip = if text[start..].starts_with("the ") { 4 } else { 0 };
        SHOW.match_(&text[start + skip..])
    });
    if let Some(s) = show {
        return Some(show_name(group(&s, 1)));
    }
    let np = POSSESSIVE_END.sub("", py::strip(np, " .,"));
    let words = py::split_ws(&np);
    for k in (1..=words.len()).rev() {
        let cand = words[..k].join(" ");
        // "told Crumbcheck.info": a site's domain names it
        if is_outlet_name(&cand) || known.contains(&fold_name(&cand)) || (k == 1 && SITE_DOMAIN.full_is(&cand)) {
            return Some(cand);
        }
    }
    None
}

/// "tweeted", "wrote on Facebook", "in an Instagram post": the platform the words were posted on.
pub fn platform_cue(text: &str) -> Option<String> {
    let words = py::ascii_words(text);
    for (i, w) in words.iter().enumerate() {
        let low = py::lower(w);
        let Some(hit) = LEX.platform_cues.get(&low) else { continue };
        let before = words[i.saturating_sub(3)..i]
            .iter()
            .any(|x| matches!(py::lower(x).as_str(), "on" | "via" | "to"));
        let after = words.get(i + 1).map(|x| py::lower(x)).unwrap_or_default();
        if LEX.platform_verbs.contains(low.as_str()) || before || LEX.platform_nouns.contains(after.as_str()) {
            return Some(hit.clone());
        }
    }
    None
}

/// The attribution clause after a closing mark, if the sentence goes on after the quote.
pub fn after_clause<'a>(masked: &'a str, start: usize, end: usize, quote_text: &str) -> Option<(&'a str, usize)> {
    if end <= start {
        return None;
    }
    let seg = &masked[start..end];
    let off = AFTER_LEAD.match_(seg).map_or(0, |m| m.get(0).unwrap().end());
    let mut rest = &seg[off..];
    let lead = py::lstrip_ws(rest);
    if lead.is_empty() || lead.starts_with(['.', '!', '?']) {
        return None;
    }
    let q = py::rstrip(quote_text, "”’\"' ");
    if py::ends_any(q, &[".", "!", "?", "…"]) && py::first_upper(lead) && !name_then_verb(rest) {
        return None;
    }
    let first_word = py::split_ws(lead)
        .first()
        .map(|w| py::lower(py::strip(w, ",;:")))
        .unwrap_or_default();
    if LEX.clause_conjunctions.contains(&first_word) {
        return None;
    }
    if let Some((a, _)) = AFTER_STOP.find(rest) {
        rest = &rest[..a];
    }
    Some((rest, start + off))
}

/// "Graham asked", "Board Chair Maria T. Lindgren said": a few capitalised words, then a
/// reporting verb of the lexicon (after a quotation that closed its own sentence, only
/// such a clause still belongs to it).
fn name_then_verb(clause: &str) -> bool {
    for (i, w) in py::split_ws(clause).into_iter().take(MAX_NAME_WORDS + 1).enumerate() {
        let w = py::strip(w, ",;:.!?");
        if i > 0 && is_verb(w) {
            return true;
        }
        if !(py::first_upper(w) || LEX.name_connectors.contains(&py::lower(w))) {
            return false;
        }
    }
    false
}

/// Words a reporting verb may stand before the quotation it introduces ("told investors of
/// New Media, the GateHouse parent, on Oct. 31 that the merger would … “…”")
const MAX_VERB_TO_QUOTE_WORDS: usize = 30;

/// Words a name (with its title) may run to before its verb: "Board Chair Maria T. Lindgren".
const MAX_NAME_WORDS: usize = 6;

/// ", said Heyrani, who ..." / "Negar replied" / "a senior aide told The Independent".
pub fn read_after(clause: &str) -> (Option<Speaker>, String) {
    let toks = py::token_spans(clause);
    if toks.is_empty() {
        return (None, String::new());
    }
    let tok = |i: usize| &clause[toks[i].0..toks[i].1];
    let first = tok(0);
    if py::lower(first) == "according" && toks.len() > 1 && py::lower(tok(1)) == "to" {
        return (Some(subject_of(&clause[toks[1].1..])), clause.to_string());
    }
    if is_verb(first) {
        let np = &clause[toks[0].1..];
        // "…,” adding that its value quadrupled: the one adding is the speaker before the
        // quotation, and "its" belongs to what was added
        if first.ends_with("ing") && py::lower(py::lstrip_ws(np)).starts_with("that ") {
            return (None, String::new());
        }
        let np = VERB_RELATIVE.split(np)[0];
        return (Some(subject_of(np)), clause.to_string());
    }
    for i in 1..toks.len().min(30) {
        let w = tok(i);
        if is_verb(w) {
            let np = &clause[..toks[i].0];
            if SUBORDINATE_END.is_match(np) {
                return (None, String::new());
            }
            // "“…” in Dorset, said Tove Arnesen": a place or a time before an inverted verb;
            // the speaker follows the verb
            if LEX.prepositions.contains(&py::lower(first)) && py::rstrip_ws(np).ends_with(',') {
                let after = VERB_RELATIVE.split(&clause[toks[i].1..])[0];
                let subj = subject_of(after);
                if matches!(subj.kind, Some("named")) {
                    return (Some(subj), clause.to_string());
                }
            }
            if PASSIVE_AUX.contains(&py::lower(tok(i - 1)).as_str()) {
                return (Some(Speaker::none()), clause.to_string());
            }
            return (Some(subject_of(np)), clause.to_string());
        }
    }
    (None, String::new())
}

/// `Mills “…,” Jordan said, and still “…”`: a quotation between the sentence's opening and
/// the verb ends the words of someone else; the verb's subject is the name after it.
fn subject_after_quotation(before_verb: &str) -> Option<Speaker> {
    let (closed, mark) = before_verb.char_indices().rfind(|&(_, c)| c == '”' || c == '"')?;
    let rest = &before_verb[closed + mark.len_utf8()..];
    // the name must follow the marks (`“…,” Jordan said`): after a name in quote marks (a
    // “Harbour Forum” sponsored by X and said), the words run on from the sentence's subject
    if !py::lstrip_ws(rest).starts_with(char::is_uppercase) {
        return None;
    }
    let subj = subject_of(rest);
    matches!(subj.kind, Some("named")).then_some(subj)
}

/// "in what host Tom Bergeron described as “…”", "as Ms. Simonyan put it", "according to X", "in the words of X",
/// "according to a report by X": the source named before the words, whoever the sentence's
/// subject is.
fn source_named_before(clause: &str) -> Option<Speaker> {
    if clause.contains(" it") {
        if let Some(c) = AS_NAME_PUT_IT.search(clause) {
            return Some(Speaker::named(clean_name(group(&c, 1))));
        }
    }
    if clause.contains("what ") {
        if let Some(c) = WHAT_NAME_CALLED.search(clause) {
            return Some(Speaker::named(clean_name(group(&c, 1))));
        }
    }
    if !(clause.contains("ccording to") || clause.contains("n the words of")) {
        return None;
    }
    if let Some(c) = ACCORDING_BEFORE.search(clause) {
        return Some(subject_of(group(&c, 1)));
    }
    let c = ACCORDING_WORK_BY.search(clause)?;
    // "according to a report by X" is X's, unless a verb after it reports someone else
    let rest = &clause[c.get(0).map_or(clause.len(), |m| m.end())..];
    let reported_again = py::token_spans(rest).iter().any(|&(a, b)| is_verb(&rest[a..b]));
    (LEX.thing_nouns.contains(py::lower(group(&c, 1)).as_str()) && !reported_again).then(|| Speaker::named(clean_name(group(&c, 2))))
}

/// "Trump will use the debate to make news, Kall said: “…”": a name alone between a whole
/// clause's comma and the verb is the verb's subject, not the clause's. (After a name alone,
/// "Duarte, a mayor of Bergen, Norway, said", the comma opens an apposition instead.)
fn name_after_a_clause(before_verb: &str) -> Option<String> {
    let (head, last) = before_verb.rsplit_once(", ")?;
    let last = py::strip_ws(last);
    let first = segments(head).first().map(|s| s.1)?;
    let a_clause = py::split_ws(first).iter().skip(1).any(|w| {
        let w = py::lower(py::strip(w, ".,;:"));
        LEX.auxiliary_verbs.contains(&w) || is_verb(&w) || LEX.irregular_past_verbs.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
    });
    (a_clause && pure_name(last) && !is_org(last)).then(|| clean_name(last))
}

/// The name that ends a text, as printed right before a verb ("has Brandt" -> "Brandt").
fn name_ending_at(text: &str) -> Option<String> {
    let text = py::rstrip_ws(text);
    let last = good_names(text, 0).into_iter().next_back()?;
    // "supportive of Mr. Trump -- “…”": the object of a preposition is not who speaks
    let word_before = py::split_ws(&text[..last.start])
        .into_iter()
        .rev()
        .map(py::lower)
        .find(|w| {
            let bare = w.trim_end_matches('.');
            !LEX.abbreviated_titles.contains(bare) && !LEX.honorifics.contains(bare)
        })
        .unwrap_or_default();
    let object = LEX.prepositions.contains(&word_before) || matches!(word_before.as_str(), "about" | "by" | "against" | "than");
    (last.end == text.len() && !is_org(&last.text) && !object).then(|| strip_roles(&last.text))
}

/// "…, including the former candidate Mitt Romney -- “…”": a name set off by a dash right
/// before the quotation introduces its own words, whatever verb the sentence opened with.
fn name_before_a_dash(clause: &str) -> Option<Speaker> {
    let tail = py::rstrip_ws(clause);
    let before = tail.strip_suffix("--").or_else(|| tail.strip_suffix(['—', '–']))?;
    name_ending_at(before).map(Speaker::named)
}

/// "According to X, " / "X wrote: " / "commentator Elizabeth Rubin warned that the MEK ".
pub fn read_before(clause: &str, from_colon_sentence: bool) -> (Option<Speaker>, String) {
    if py::strip_ws(clause).is_empty() {
        return (None, String::new());
    }
    if let Some(s) = source_named_before(clause) {
        return (Some(s), clause.to_string());
    }
    if let Some(s) = name_before_a_dash(clause) {
        return (Some(s), clause.to_string());
    }
    let toks = py::token_spans(clause);
    for i in (0..toks.len()).rev() {
        let w = &clause[toks[i].0..toks[i].1];
        if !is_verb(w) {
            continue;
        }
        let gap = &clause[toks[i].1..];
        let gap_no_abbr = ABBREVIATION_DOT.sub("", gap);
        if py::token_spans(gap).len() > MAX_VERB_TO_QUOTE_WORDS || NEW_SENTENCE.is_match(&gap_no_abbr) {
            break;
        }
        let before_verb = if i > 0 {
            py::lower(&clause[toks[i - 1].0..toks[i - 1].1])
        } else {
            String::new()
        };
        if matches!(before_verb.as_str(), "it" | "he" | "she" | "they") && matches!(w, "read" | "reads" | "said" | "says") {
            return (Some(Speaker::pronoun(&before_verb)), clause.to_string());
        }
        // "was widely ridiculed": an adverb between the auxiliary and the verb
        let aux = if before_verb.ends_with("ly") && i > 1 {
            py::lower(&clause[toks[i - 2].0..toks[i - 2].1])
        } else {
            before_verb.clone()
        };
        if i > 0 && PASSIVE_AUX.contains(&aux.as_str()) {
            // "was praised by X": X's words; "was mocked for his claim that “…”": the claim is
            // the subject's own; else no one is named
            let s = match BY_AGENT.search(gap) {
                Some(c) => subject_of(group(&c, 1)),
                None if FOR_OWN_WORDS.is_match(gap) => subject_of(&clause[..toks[i - 1].0]),
                None => Speaker::default(),
            };
            return (Some(s), clause.to_string());
        }
        if let Some(name) = name_after_a_clause(&clause[..toks[i].0]) {
            return (Some(Speaker::named(name)), clause.to_string());
        }
        let subj = subject_after_quotation(&clause[..toks[i].0]).unwrap_or_else(|| subject_of(&clause[..toks[i].0]));
        if !matches!(subj.kind, Some("named") | Some("pronoun")) && w.ends_with("ing") {
            // "a March 2 exchange has Brandt saying, “…”": the name right before the participle
            if let Some(name) = name_ending_at(&clause[..toks[i].0]) {
                return (Some(Speaker::named(name)), clause.to_string());
            }
        }
        if subj.kind.is_none() && matches!(w, "adding" | "saying" | "claiming" | "noting" | "writing" | "urging") {
            continue;
        }
        // "Officials at Homeland Security Investigations, a division of …, said": a group named
        // by what it belongs to is a described speaker, where "Officials" alone is no one
        if !matches!(subj.kind, Some("named")) || subj.name.as_deref().is_some_and(|n| py::split_ws(n).len() == 1) {
            if let Some(group_of) = GROUP_SUBJECT.search(&clause[..toks[i].0]) {
                return (Some(Speaker::described(py::join_ws(group(&group_of, 1)))), clause.to_string());
            }
        }
        // "Audience members laughed when he urged voters, “…”": the sentence opens with no
        // one who could be "he", so the person right before the reporting verb speaks
        let no_speaker_opens = match subj.kind {
            Some("described") => !subj.name.as_deref().is_some_and(printed_like_a_description),
            Some("named") | Some("pronoun") | Some("anaphor") => false,
            _ => true,
        };
        if no_speaker_opens && matches!(before_verb.as_str(), "he" | "she") && i >= 2 {
            return (Some(Speaker::pronoun(&before_verb)), clause.to_string());
        }
        return (Some(subj), clause.to_string());
    }
    match speaker_without_a_verb(clause, from_colon_sentence) {
        Some(s) => (Some(s), clause.to_string()),
        None => (None, String::new()),
    }
}

/// A clause with no reporting verb before the quotation: a name alone before a comma or a
/// colon ("Pike: “…”"), or, after a lead-in ending in a colon, the person it names.
fn speaker_without_a_verb(clause: &str, from_colon_sentence: bool) -> Option<Speaker> {
    let bare = py::strip(clause, " ,:;—–");
    let tail = py::rstrip_ws(clause);
    if !bare.is_empty() && (tail.ends_with(',') || tail.ends_with(':') || from_colon_sentence) {
        if pure_name(bare) || pure_name(&clean_name(bare)) {
            return Some(Speaker::named(clean_name(bare)));
        }
        if from_colon_sentence {
            let mut names: Vec<NameSpan> = good_names(bare, 0).into_iter().filter(|n| !is_org(&n.text)).collect();
            if names.is_empty() {
                names = good_names(bare, 0);
            }
            if names.is_empty() {
                let lead = bare.len() - py::lstrip_ws(bare).len();
                names = names_in(bare, 0)
                    .into_iter()
                    .take(1)
                    .filter(|n| n.start == lead && !n.possessive)
                    .collect();
            }
            if let Some(n) = names.first() {
                return Some(Speaker::named(strip_roles(&n.text)));
            }
        }
    }
    None
}
