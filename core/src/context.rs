//! Document-wide reading context for attribution: sentences in order, the names the article
//! uses, the acronyms it defines, and what pronouns and "the report" point back to.

use crate::attribution::{good_names, is_intro, outlet_cue, owned_thing, platform_cue, segments, strip_roles};
use crate::lexicon::LEX;
use crate::names::{clean_name, fold_name, is_org, is_outlet_name, looks_like_person, names_in};
use crate::py;
use crate::readers::{name_around, noun_names, outlet_char, title_before_name, units_then_word, NounName};
use crate::rx::{group, letters};
use crate::text::{merged_windows, word_positions, Span};
use std::collections::{HashMap, HashSet};

rx!(ACRONYM = letters(r"((?:[A-Z][\w\-]*\s+)(?:(?:of|for|and|the|de)\s+|[A-Z][\w\-]*\s+){0,6}[A-Z][\w\-]*)\s*\(\s*([A-Z]{2,6})s?\s*\)"));
rx!(ACRONYM_TAIL = letters(r"\(\s*[A-Z]{2,6}s?\s*\)"));
rx!(LEADING_ARTICLE = r"^(?:The|A|An)\s+");
const INTERVIEW_KEYS: &[&str] = &["reach", "interview", "spoke", "speaking", "talk", "contact"];
rx!(INTERVIEW = r"(?:reach(?:ed|ing)?\s+out\s+to|interview(?:ed|ing)|(?:spoke|speaking|talked|talking)\s+(?:to|with)|contact(?:ed|ing))\s+");
rx!(DEFINITE = r"^\s*[Tt]he\s+((?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+(?:[a-z]+ed|has|had|was|is|said|says)\b");

pub fn fancy_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the words on either side of `text[a..b]` (past spaces or tabs) hold a capital:
/// a name around `a..b` can only be read where one does (a wide test, never narrower than
/// the patterns it spares).
fn capital_beside(text: &str, a: usize, b: usize) -> bool {
    let before = &text[..a];
    let left = before.trim_end_matches([' ', '\t']);
    let prev_ok = left.len() < before.len()
        && left
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.chars().any(py::char_upper));
    let after = &text[b..];
    let right = after.trim_start_matches([' ', '\t']);
    let next_ok = right.len() < after.len() && right.chars().next().is_some_and(py::char_upper);
    prev_ok || next_ok
}

/// Whether a noun at `a..b` can end "the Alavi account" (a capitalised word or a connector
/// before it) or open "a company called X": where neither, its window needs no pattern.
fn noun_may_name(text: &str, a: usize, b: usize) -> bool {
    let before = &text[..a];
    let left = before.trim_end_matches(py::is_space);
    let prev = left.rsplit(py::is_space).next().unwrap_or("");
    let prev_ok = left.len() < before.len() && (prev.chars().any(py::char_upper) || matches!(prev, "of" | "for" | "and"));
    let after = text[b..].trim_start_matches('s');
    let right = after.trim_start_matches(py::is_space);
    let next_ok = right.len() < after.len() && (right.starts_with("called") || right.starts_with("named"));
    prev_ok || next_ok
}

#[derive(Clone, Debug)]
pub struct SentenceInfo {
    pub span: Span,
    pub paragraph: usize,
    pub speaker: Option<String>,
    pub outlet: Option<String>,
}

pub struct DocContext<'a> {
    pub text: &'a str,
    pub masked: &'a str,
    pub sentences: Vec<SentenceInfo>,
    pub known_outlets: HashSet<String>,
    pub acronyms: HashMap<String, String>,
    starts: Vec<usize>,
    names_cache: HashMap<String, Vec<(usize, String)>>,
    outlet_cache: HashMap<String, String>,
    interviews: Option<HashMap<String, String>>,
}

impl<'a> DocContext<'a> {
    pub fn build(text: &'a str, masked: &'a str, sentences: Vec<SentenceInfo>, body_end: usize, known_outlets: HashSet<String>) -> Self {
        let starts = sentences.iter().map(|s| s.span.start).collect();
        let mut acronyms = HashMap::new();
        let mut done = 0;
        for (ts, te) in ACRONYM_TAIL.find_iter_in(text, 0, body_end) {
            let mut m = ACRONYM.search_at(&text[..te], done.max(py::back(text, ts, 400)));
            while let Some(c) = &m {
                let end = c.get(0).unwrap().end();
                if end >= te {
                    break;
                }
                m = ACRONYM.search_at(&text[..te], end);
            }
            if let Some(c) = m {
                if c.get(0).unwrap().end() == te {
                    let name = LEADING_ARTICLE.sub("", py::strip_ws(group(&c, 1)));
                    acronyms.entry(group(&c, 2).to_string()).or_insert(name);
                    done = te;
                }
            }
        }
        DocContext {
            text,
            masked,
            sentences,
            known_outlets,
            acronyms,
            starts,
            names_cache: HashMap::new(),
            outlet_cache: HashMap::new(),
            interviews: None,
        }
    }

    /// Where the article names a person in full with `word` as first or last name.
    pub fn full_names_with(&mut self, word: &str) -> Vec<(usize, String)> {
        if let Some(hit) = self.names_cache.get(word) {
            return hit.clone();
        }
        let text = self.text;
        let mut out = Vec::new();
        for at in word_positions(text, word, 0, text.len(), true) {
            if !capital_beside(text, at, at + word.len()) {
                continue; // a full name needs a capitalised word beside this one: no pattern to try
            }
            let lo = py::back(text, at, 60);
            let hi = py::fwd(text, at + word.len(), 40);
            let Some((ms, me)) = name_around(text, word, at, lo, hi).and_then(|span| after_preposition(text, word, at, hi, span)) else {
                continue;
            };
            let mut words = py::split_ws(&text[ms..me]);
            while !words.is_empty() && LEX.not_names.contains(py::strip(&py::lower(words[0]), ".")) {
                words.remove(0);
            }
            let name = strip_roles(&words.join(" "));
            let parts = py::split_ws(&name);
            if parts.len() >= 2 && (parts[0] == word || parts[parts.len() - 1] == word) && looks_like_person(&name) {
                out.push((ms, name.clone()));
            }
        }
        self.names_cache.insert(word.to_string(), out.clone());
        out
    }

    /// Full form of a short name, from the article's own mentions.
    pub fn expand(&mut self, name: Option<String>, at: usize) -> Option<String> {
        let name = name?;
        if name.is_empty() {
            return Some(name);
        }
        let name = clean_name(&name);
        if let Some(full) = self.acronyms.get(&name) {
            return Some(full.clone());
        }
        let words = py::split_ws(&name);
        if words.len() != 1 {
            return Some(name);
        }
        let w = words[0].to_string();
        let full = self.full_names_with(&w);
        // a lone capitalised word that the article also prints in lower case is a common
        // noun opening a sentence ("Critics said"); else it is a surname ("Rezaian said")
        if !py::is_upper(&w) && full.is_empty() && !self.inside_sentence(&w) && (self.printed_in_lower_case(&w) || looks_plural(&w)) {
            return None;
        }
        if let Some((_, n)) = full.iter().rfind(|(p, _)| *p < at) {
            return Some(n.clone());
        }
        Some(full.first().map_or(name, |f| f.1.clone()))
    }

    /// "Commentators", "Officials": a plural noun, not a surname, unless printed mid-sentence
    fn printed_in_lower_case(&self, word: &str) -> bool {
        let low = py::lower(word);
        low != word && !word_positions(self.text, &low, 0, self.text.len(), true).is_empty()
    }

    fn inside_sentence(&self, word: &str) -> bool {
        let text = self.text;
        word_positions(text, word, 0, text.len(), true).into_iter().any(|i| {
            let p1 = py::char_before(text, i);
            p1.is_some_and(|c| c == ' ' || c == ',') && {
                let j = py::back(text, i, 1);
                j > 0 && py::char_before(text, j).is_some_and(py::is_word)
            }
        })
    }

    /// "Post" -> "The Washington Post" when the article names it in full.
    pub fn expand_outlet(&mut self, outlet: Option<String>) -> Option<String> {
        let outlet = outlet?;
        if outlet.is_empty() {
            return Some(outlet);
        }
        let words = py::split_ws(&outlet);
        if words.len() == 2 && py::lower(words[0]) == "the" {
            let full = self.expand_outlet(Some(words[1].to_string()));
            return if fold_name(full.as_deref().unwrap_or("")) == fold_name(&outlet) {
                Some(outlet)
            } else {
                full
            };
        }
        if words.len() > 1 {
            return Some(match outlet.strip_prefix("the ") {
                Some(rest) => format!("The {rest}"),
                None => outlet,
            });
        }
        if !self.outlet_cache.contains_key(&outlet) {
            let full = self.full_outlet(&outlet);
            self.outlet_cache.insert(outlet.clone(), full);
        }
        self.outlet_cache.get(&outlet).cloned()
    }

    fn full_outlet(&self, outlet: &str) -> String {
        let text = self.text;
        for at in word_positions(text, outlet, 0, text.len(), true) {
            // `((?:U[\w\-&.]*[ \t]+){1,3})outlet\b`, searched from 50 characters before it
            let hay = &text[..at + outlet.len()];
            let lo = py::back(text, at, 50);
            let found = hay[lo..]
                .char_indices()
                .map(|(k, _)| lo + k)
                .find_map(|p| units_then_word(hay, p, outlet, outlet_char, false, false).map(|e| (p, e)));
            let Some((s, e)) = found else { continue };
            let name = &hay[s..e];
            if self.known_outlets.contains(&fold_name(name)) {
                return name.to_string();
            }
            if is_outlet_name(name) {
                return if py::lower(name).starts_with("the ") {
                    name.to_string()
                } else {
                    format!("The {name}")
                };
            }
        }
        outlet.to_string()
    }

    /// The outlet the article says reached, interviewed or spoke with this person.
    pub fn interviewed_by(&mut self, name: Option<&str>) -> Option<String> {
        let name = name.filter(|n| !n.is_empty())?;
        if self.interviews.is_none() {
            self.interviews = Some(self.find_interviews());
        }
        self.interviews.as_ref().unwrap().get(&fold_name(name)).cloned()
    }

    fn find_interviews(&mut self) -> HashMap<String, String> {
        let mut found = HashMap::new();
        let masked = self.masked;
        let mut starts: Vec<usize> = INTERVIEW_KEYS
            .iter()
            .flat_map(|k| word_positions(masked, k, 0, masked.len(), false))
            .collect();
        starts.sort_unstable();
        for i in starts {
            let Some(m) = INTERVIEW.match_(&masked[i..]) else { continue };
            let (ms, me) = (i, i + m.get(0).unwrap().end());
            if self.sentences.is_empty() {
                continue;
            }
            let info = self.sentences[self.sentence_index(ms)].clone();
            let before = if info.span.start <= ms { &masked[info.span.start..ms] } else { "" };
            let outlets: Vec<String> = names_in(before, 0)
                .into_iter()
                .filter(|n| is_outlet_name(&n.text) || self.known_outlets.contains(&fold_name(&n.text)))
                .map(|n| {
                    let lo = py::back(before, n.start, 4);
                    let the = if &before[lo..n.start] == "The " { "The " } else { "" };
                    format!("{the}{}", n.text)
                })
                .collect();
            let hi = info.span.end.min(py::fwd(masked, me, 80));
            let window = if me <= hi { &masked[me..hi] } else { "" };
            let people: Vec<_> = good_names(window, 0)
                .into_iter()
                .filter(|n| self.is_person(&strip_roles(&n.text)))
                .collect();
            if let (Some(outlet), Some(first)) = (outlets.last(), people.first()) {
                if first.start == 0 {
                    found.entry(fold_name(&strip_roles(&first.text))).or_insert_with(|| outlet.clone());
                }
            }
        }
        found
    }

    /// The sentence holding `pos`; the last sentence when none does.
    pub fn sentence_index(&self, pos: usize) -> usize {
        let i = self.starts.partition_point(|&s| s <= pos);
        if i >= 1 && pos <= self.sentences[i - 1].span.end {
            return i - 1;
        }
        self.sentences.len().saturating_sub(1)
    }

    /// (name, outlet) a pronoun or definite description refers to.
    pub fn resolve(&mut self, pronoun: &str, noun: Option<&str>, at: usize, look_back: bool) -> (Option<String>, Option<String>) {
        let max_back = 8;
        if self.sentences.is_empty() {
            if let Some(noun) = noun {
                if let Some(found) = self.noun_antecedent(noun, at) {
                    return (Some(found), None);
                }
            }
            return (None, None);
        }
        let idx = self.sentence_index(at);
        if let Some(noun) = noun {
            if let Some(found) = self.noun_antecedent(noun, at.min(self.sentences[idx].span.start)) {
                return (Some(found), None);
            }
        }
        if !look_back {
            return (None, None);
        }
        let want_person = LEX.person_pronouns.contains(pronoun);
        let para0 = self.sentences[idx].paragraph;
        let lowest = idx as isize - 1 - max_back;
        let mut j = idx as isize - 1;
        while j > lowest.max(-1) {
            let s = self.sentences[j as usize].clone();
            j -= 1;
            if para0 as isize - s.paragraph as isize > 2 {
                break;
            }
            if let Some(sp) = &s.speaker {
                if !want_person || !is_org(sp) {
                    return (Some(sp.clone()), s.outlet.clone());
                }
            }
            let chunk = &self.masked[s.span.start..s.span.end];
            let mut segs = segments(chunk);
            while segs.len() > 1 && is_intro(segs[0].1) {
                segs.remove(0);
            }
            if segs.is_empty() {
                continue;
            }
            if let Some(first) = py::tokens(segs[0].1).first() {
                let f = py::lower(first);
                if LEX.person_pronouns.contains(&f)
                    || LEX.thing_pronouns.contains(&f)
                    || matches!(f.as_str(), "its" | "his" | "her" | "their")
                {
                    continue;
                }
            }
            let rest = &chunk[segs[0].0..];
            if let Some(d) = DEFINITE.match_(segs[0].1) {
                let g = group(&d, 1);
                if !want_person && !matches!(py::split_ws(g)[0], "latter" | "former" | "same" | "other" | "first") {
                    return (Some(g.to_string()), None);
                }
            }
            if !want_person {
                if let Some(owned) = owned_thing(segs[0].1) {
                    return (Some(owned), outlet_cue(chunk, &self.known_outlets).or_else(|| platform_cue(chunk)));
                }
            }
            let headline = s.paragraph == 0 && is_headline(chunk);
            for n in good_names(rest, 0) {
                let name = strip_roles(&n.text);
                if want_person && (is_org(&name) || !self.is_person(&name) || after_place_preposition(rest, n.start)) {
                    continue;
                }
                // a headline capitalises common words ("Harbour Notes"): only a full name there
                // is a person
                if want_person && headline && py::split_ws(&name).len() < 2 {
                    continue;
                }
                return (Some(name), outlet_cue(chunk, &self.known_outlets));
            }
            if want_person {
                for n in names_in(rest, 0) {
                    let name = strip_roles(&n.text);
                    if n.possessive && !is_org(&name) && self.is_person(&name) {
                        return (Some(name), None);
                    }
                }
            }
        }
        (None, None)
    }

    fn is_person(&mut self, name: &str) -> bool {
        if py::split_ws(name).len() >= 2 {
            return looks_like_person(name);
        }
        // a surname the article never gives in full ("Figgins declined to comment"): a person
        // unless it reads as a common word or a plural
        !self.full_names_with(name).is_empty() || (!self.printed_in_lower_case(name) && !looks_plural(name) && !is_org(name))
    }

    /// "the account" <- "the Alavi account"; "the company" <- "a company called X".
    fn noun_antecedent(&self, noun: &str, at: usize) -> Option<String> {
        let lo = py::back(self.masked, at, 3000);
        let window = &self.masked[lo..at];
        let tail = &noun[py::fwd(noun, 0, 1)..];
        if !window.contains(tail) {
            return None;
        }
        let hits: Vec<(usize, usize)> = word_positions(window, noun, 0, window.len(), false)
            .into_iter()
            .map(|i| (i, i + noun.len()))
            .filter(|&(a, b)| noun_may_name(window, a, b))
            .collect();
        let mut best: Option<String> = None;
        for (wlo, whi) in merged_windows(window, &hits, 250, 150) {
            for found in noun_names(&window[..whi], wlo, noun) {
                match found {
                    NounName::Called(name) => best = Some(clean_name(name)),
                    NounName::Before(units) => {
                        let mut words = py::split_ws(units);
                        while !words.is_empty() && LEX.not_names.contains(&py::lower(words[0])) {
                            words.remove(0);
                        }
                        while words.last().is_some_and(|w| matches!(py::lower(w).as_str(), "of" | "for" | "and")) {
                            words.pop();
                        }
                        // a run ending in a title ("USCENTCOM Commander General") is the title,
                        // not the name of who holds it
                        let ends_in_title = words.last().is_some_and(|w| LEX.honorifics.contains(&py::lower(w)));
                        if !words.is_empty() && !py::lower(words[0]).ends_with("ing") && !ends_in_title {
                            best = Some(clean_name(&words.join(" ")));
                        }
                    }
                }
            }
        }
        if best.is_none() {
            // a title before a name: "the mayor" <- "Mayor John Carter"; every match opens
            // with the noun, capitalised or not, so it is tried only where that stands
            let first: String = noun.chars().take(1).collect();
            let upper = format!("{}{}", first.to_uppercase(), tail);
            let mut starts = word_positions(window, noun, 0, window.len(), false);
            if upper != noun {
                starts.extend(word_positions(window, &upper, 0, window.len(), false));
                starts.sort_unstable();
            }
            let mut floor = 0;
            for p in starts {
                if p < floor {
                    continue;
                }
                if let Some((g, e)) = title_before_name(window, p, noun) {
                    floor = e;
                    best = Some(clean_name(&window[g..e]));
                }
            }
        }
        best
    }
}

/// "ambassador to Britain Liu Xiaming", "Secretary of State Mike Pompeo": a run of three or
/// more capitalised words right after a preposition opens with its object (a country, a department),
/// not a given name. The name is then read from `word` onwards ("Liu Xiaming"), or else is
/// the run without its first word ("Mike Pompeo").
fn after_preposition(text: &str, word: &str, at: usize, hi: usize, span: (usize, usize)) -> Option<(usize, usize)> {
    let (ms, me) = span;
    let before = py::split_ws(&text[py::back(text, ms, 12)..ms]);
    let preposition = before.last().is_some_and(|w| LEX.prepositions.contains(&py::lower(w)));
    // "to Hassan Heyrani" is the person; only a longer run holds an object before the name
    let run = py::split_ws(&text[ms..py::fwd(text, me, 40)])
        .iter()
        .take_while(|w| py::first_upper(w))
        .count();
    if ms >= at || !preposition || run < 3 {
        return Some(span);
    }
    if let Some(forward) = name_around(text, word, at, at, hi) {
        return Some(forward);
    }
    let first_end = ms + text[ms..me].find(py::is_space)?;
    let next = first_end + (text[first_end..me].len() - py::lstrip_ws(&text[first_end..me]).len());
    (py::split_ws(&text[next..me]).len() >= 2).then_some((next, me))
}

/// "in Fort Wayne", "from Northeast Ohio": a name after a preposition of place is a place, not
/// the person a "he" or "she" stands for.
fn after_place_preposition(text: &str, start: usize) -> bool {
    py::split_ws(&text[..start.min(text.len())])
        .last()
        .is_some_and(|w| LEX.place_prepositions.contains(&py::lower(w)))
}

/// A word shaped like an English plural ("Commentators", "Officials"; not "Jones’s", "Davis").
pub fn looks_plural(word: &str) -> bool {
    let w = py::lower(word);
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && w.chars().count() > 4
}

/// An article's first line set as a headline: no closing stop, or most words capitalised.
pub fn is_headline(line: &str) -> bool {
    let words: Vec<&str> = py::split_ws(line)
        .into_iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capitalised = words.iter().filter(|w| py::first_upper(w)).count();
    let stop = py::rstrip_ws(line).ends_with(['.', '!', '?', '”', '"']);
    !words.is_empty() && (!stop || capitalised * 5 >= words.len() * 3)
}
