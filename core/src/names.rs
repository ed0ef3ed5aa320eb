//! Names as a person writes them: finding capitalised names, stripping honorifics, turning
//! "Hussain, Murtaza" into "Murtaza Hussain", telling people from organisations.

use crate::lexicon::LEX;
use crate::py;
use crate::rx::letters;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

const TITLES: &str = r"(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|Hon|Pres|Supt|Insp)";
const PARTICLES: &str = r"(?:von|van|de|da|di|du|del|della|dos|das)[ \t]+(?:der|den|la|le|los|las|lo)";

static CAP_RUN: LazyLock<crate::rx::Rx> = LazyLock::new(|| {
    let word = letters(&format!(
        r"(?:(?:{TITLES}|Jr|Sr)\.|(?:[A-Z]\.)+(?![a-z])|[A-Z][\w’'\-]*|[A-Z]{{2,}}\d*|\d+[A-Za-z]*|al-[A-Z][\w\-]*)"
    ));
    crate::rx::Rx::new(&letters(&format!(
        r"(?<![\w’'])(?:{TITLES}\.|(?:[A-Z]\.)+(?![a-z])|[A-Z][\w’'\-]*|[A-Z]{{2,}}\d*|al-[A-Z][\w\-]*)(?:[ \t]+(?:{PARTICLES}[ \t]+|(?:of|for|de|del|der|van|von|bin|al|el|la|le|and|on|the)[ \t]+)?(?:{word}))*"
    )))
});
rx!(GIVEN_WORD = letters(r"[A-Z][\w’'\-]*\.?|[A-Z]\.(?:[A-Z]\.)*"));
rx!(ENDS_WITH_INITIAL = letters(r"(?:^|[\s.])[A-Z]\.$"));
rx!(BYLINE_JOINS = r"\s*(?:,|\band\b|&)\s*");

#[derive(Clone, Debug)]
pub struct NameSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub possessive: bool,
}

const NAME_STRIP: &str = " ,;:.()[]\"“”‘’'";

/// Strip honorifics, initial determiners, possessives and stray punctuation.
pub fn clean_name(name: &str) -> String {
    let joined = py::join_ws(name);
    let mut name = py::strip(&joined, NAME_STRIP).to_string();
    // a whitespace run inside is one space already; a leading/trailing one went with strip
    if name.ends_with("’s") || name.ends_with("'s") {
        let cut = name.len() - name.chars().rev().take(2).map(char::len_utf8).sum::<usize>();
        name.truncate(cut);
    }
    let spaced = name.replace("Mr.", "Mr. ").replace("Dr.", "Dr. ");
    let mut words = py::split_ws(&spaced);
    while !words.is_empty() {
        let low = py::lower(words[0]);
        if !(LEX.honorifics.contains(low.trim_end_matches('.')) || matches!(low.as_str(), "the" | "a" | "an")) {
            break;
        }
        if words.len() == 1 {
            break;
        }
        words.remove(0);
    }
    without_home_place(py::strip(&words.join(" "), " ,;:.")).to_string()
}

/// "Charles B. Rangel of New York", "Rep. Elijah Cummings of Maryland": the person, without
/// the place or body the article names them by. A name of one word before "of" is the
/// body's own ("Bank of England", "University of Ghana"), as is one ending in an
/// organisation word ("Federal Reserve Bank of New York").
fn without_home_place(name: &str) -> &str {
    let Some(at) = name.find(" of ") else {
        return name;
    };
    let before = &name[..at];
    let words = py::split_ws(before);
    if words.len() >= 2 && words.iter().all(|w| py::first_upper(w)) && !is_org(before) {
        before
    } else {
        name
    }
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Capitalised word runs that can be names, in order, with offsets (+ `offset`).
pub fn names_in(text: &str, offset: usize) -> Vec<NameSpan> {
    let mut out = Vec::new();
    for (a, b) in CAP_RUN.find_iter(text) {
        let raw = text[a..b].trim_end_matches('.');
        let mut words = py::split_ws(raw);
        let mut start = a;
        while !words.is_empty() && LEX.not_names.contains(py::strip(&py::lower(words[0]), "’'")) {
            let w0 = words[0].len();
            let skip = if words.len() > 1 {
                text[start + w0..].find(words[1]).unwrap_or(usize::MAX)
            } else {
                0
            };
            start = if skip == usize::MAX { start + w0 - 1 } else { start + w0 + skip };
            words.remove(0);
        }
        while let Some(last) = words.last() {
            if LEX.name_connectors.contains(&py::lower(last)) {
                words.pop();
            } else {
                break;
            }
        }
        if words.is_empty() {
            continue;
        }
        let raw = words.join(" ");
        let s = text[start..].find(words[0]).map_or(start, |k| start + k);
        let last = words[words.len() - 1];
        let possessive = last.ends_with("’s") || last.ends_with("'s") || last.ends_with("s’");
        let end = floor(text, s + raw.len());
        out.push(NameSpan {
            text: raw,
            start: offset + s,
            end: offset + end,
            possessive,
        });
    }
    out
}

pub fn is_org(name: &str) -> bool {
    let hit = py::split_ws(name)
        .iter()
        .any(|w| LEX.org_words.contains(py::strip(&py::lower(w), ".,’'")));
    hit || py::is_upper(name) || is_outlet_name(name)
}

/// Names of publications and platforms ("The Intercept", "Twitter", "Iran Focus").
pub fn is_outlet_name(name: &str) -> bool {
    let low = py::lower(name);
    let low = py::strip(&low, " .,’'");
    let low = match low.strip_prefix("the") {
        Some(rest) if rest.starts_with(py::is_space) => py::lstrip_ws(rest),
        _ => low,
    };
    let low = low.replace("’s", "");
    if LEX.known_outlets.contains(&low) {
        return true;
    }
    py::split_ws(&low).last().is_some_and(|w| LEX.outlet_words.contains(*w))
}

/// Whether a described speaker is a noun phrase ("a senior Congressional aide", "one legal
/// expert"), not words a cue-reader took from a clause ("or anything to do with", "Audience
/// members laughed when he"): see `NOT_DESCRIPTIONS` in the lexicon.
pub fn printed_like_a_description(described: &str) -> bool {
    let words: Vec<String> = py::split_ws(described).iter().map(|w| py::lower(py::strip(w, ",.;:"))).collect();
    words.first().is_some_and(|first| !LEX.description_openers.contains(first))
        && !words.iter().any(|w| LEX.description_clause_words.contains(w))
}

pub fn looks_like_person(name: &str) -> bool {
    let words = py::split_ws(name);
    (1..=4).contains(&words.len())
        && !is_org(name)
        && words.iter().all(|w| py::first_upper(w))
        // a headline in title case ("Obama Says African-American …") holds a verb; a name does not
        && !words[1..].iter().any(|w| LEX.reporting_verbs.contains(&py::lower(w)))
}

/// "Élise Moreau and Jan Kowalski" -> two people; else the byline as printed.
pub fn people_in_byline(byline: &str) -> Vec<String> {
    let parts: Vec<&str> = BYLINE_JOINS.split(byline).into_iter().filter(|p| !p.is_empty()).collect();
    if parts.len() > 1 && parts.iter().all(|p| py::split_ws(p).len() >= 2) {
        return parts.iter().map(|p| p.to_string()).collect();
    }
    vec![byline.to_string()]
}

/// "Hussain, Murtaza" -> "Murtaza Hussain"; other names unchanged.
pub fn person_from_citation(author: &str) -> String {
    let joined = py::join_ws_keep_edges(author);
    let mut author = py::strip(&joined, " ,;").to_string();
    if !ENDS_WITH_INITIAL.is_match(&author) {
        author = py::rstrip(&author, " .").to_string();
    }
    if author.matches(',').count() == 1 {
        let (last, first) = author.split_once(',').unwrap();
        let (last, first) = (py::strip_ws(last), py::strip_ws(first));
        if !last.is_empty() && !first.is_empty() && given_names(first) && py::split_ws(last).len() <= 3 {
            return format!("{first} {last}");
        }
    }
    author
}

/// Given names and initials: "Murtaza", "Murtaza M.", "J. R. R.".
pub fn given_names(text: &str) -> bool {
    let words = py::split_ws(text);
    (1..=3).contains(&words.len()) && words.iter().all(|w| GIVEN_WORD.full_is(w))
}

/// The comparison key of a name: case, Unicode forms, "the", possessives, punctuation and
/// spacing folded ("The Intercept’s" = "the intercept" = "Intercept"). One pass over the
/// characters: `’s`/`'s` before a non-word character dropped, other non-word characters
/// turned into spaces, a leading "the" dropped, spacing collapsed.
pub fn fold_name(name: &str) -> String {
    if name.is_empty() {
        return String::new();
    }
    let low = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.nfkc().collect::<String>().to_lowercase().replace('ß', "ss").replace('ς', "σ")
    };
    let chars: Vec<char> = low.chars().collect();
    let mut spaced = String::with_capacity(low.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c == '’' || c == '\'') && chars.get(i + 1) == Some(&'s') && !chars.get(i + 2).is_some_and(|&n| py::is_word(n)) {
            i += 2;
            continue;
        }
        spaced.push(if py::is_word(c) || py::is_space(c) { c } else { ' ' });
        i += 1;
    }
    let words = py::split_ws(&spaced);
    let skip = usize::from(words.len() > 1 && words[0] == "the" && spaced.trim_start_matches(py::is_space).starts_with("the"));
    words[skip..].join(" ")
}
