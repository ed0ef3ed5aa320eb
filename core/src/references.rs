//! The article's own numbered reference list: where it is, and what each entry says.

use crate::dates::find_dates;
use crate::lexicon::LEX;
use crate::names::{given_names, is_org, is_outlet_name, looks_like_person, person_from_citation};
use crate::py;
use crate::rx::{group, letters, named, span};
use crate::scholarly;
use serde::Serialize;

// a heading of one or two of these words ("Notes and references"), in the languages read
rx!(
    HEADING = r"(?i)^\s*(?:#+\s*)?(?:(?:references?|notes?|sources?|end\s*notes?|foot\s*notes?|citations?|bibliography|works cited|further reading|anmerkungen|einzelnachweise|fu(?:ß|ss)noten|quellen|literatur|belege|r[ée]f[ée]rences?|bibliographie|referencias|notas|fuentes|bibliograf[íi]a)(?:\s+(?:and|&|und|et|y|e)\s+|\s*[,/]\s*)?){1,2}\s*:?\s*$"
);
rx!(URL = r#"(?:https?(?::|[ ])//|www\.)[^\s<>"“”]+[^\s<>"“”.,;:)\]]"#);
rx!(QUOTED_TITLE = r#"[“"‘]((?<=“)[^“”]{3,}?(?=”)|(?<=")[^"]{3,}?(?=")|(?<=‘)(?:[^‘’]|’(?=\w)){3,}?(?=’(?!\w)))[”"’]"#);
rx!(EMPHASIS = r"(?<![\w*])[*_]([^*_]{3,}?)[*_](?![\w*])");
// "[Accessed May 31, 2006]", "(Accessed: 2 April 2021)": the clause, its brackets and its date
// (its first characters fixed, so it is tried only where one can start)
rx!(
    ACCESSED = r"(?i)(?:[(\[] ?)?\b(?:accessed|retrieved|archived|last visited|available at|abgerufen|consult[ée])\b(?:[^,.;\])]*,\s*(?:1[89]|20)\d\d\b)?[^,.;\])]*[)\]]?"
);
rx!(DOI = r"\b(?:doi|DOI):\s*\S+");
rx!(EMPTY_BRACKETS = r"\(\s*\)|\[\s*[,;]?\s*\]");
rx!(WS = r"\s+");
rx!(AUTHOR_DATE =
    r#"(?s)^\s*(?P<authors>[^()“”"]{2,160}?)\s*\((?P<year>(?:1[89]|20)\d\d)[a-z]?(?:,\s*(?P<when>[^()]{3,30}))?\)\.?\s*(?P<rest>.*)$"#);
rx!(APA_AUTHOR = letters(r"([A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+){0,2}),\s*((?:[A-Z]\.\s?(?:-[A-Z]\.)?\s?)+)"));
rx!(HARVARD_TITLE = r"'([^']{3,}?)'(?=\s*[,.])");
// (not after an initial: "SIAM J. Discr. Math." is one venue)
rx!(APA_SENTENCES = r"(?<=[.?!])(?<!\b\p{Lu}\.)\s+(?=[*_A-Z])");
rx!(IMPRINT = r"\([^()]*\)");
rx!(PAGES_AT_END = r",\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?$");
rx!(DESIGNATOR = r"(?:[A-Z][a-z]*\.?\s+){1,2}(?:No\.?\s*)?\d[\w./-]*$");
// a lead-in before the work: "See:", "Cited in", "For background on the levy, see:"
rx!(
    SEE_ALSO = r"(?i)^(?:(?:see|cf\.?)(?:\s+(?:also|generally|e\.g\.))?[,:]?\s+|(?:cited|quoted)\s+in:?\s+|for\s+(?:more\s+)?(?:background|more|details|context|further)\b[^:;]{0,80}?,?\s+see(?:\s+also)?:?\s+)"
);
// "…; also see X": the entry's first work is the entry, the others are not
rx!(ALSO_SEE = r"(?i)\s*;\s*(?:(?:and\s+)?(?:also\s+see|see\s+also|see)|cf\.?)\b.*$");
// a connector a removed date or URL left at a field's end: "Coast Daily (June 1, 2010) at http://…"
rx!(TRAILING_CONNECTOR = r"(?i)\s+(?:at|in|from|on|via|available\s+(?:at|from|on)|online\s+at)\s*$");
// a book's imprint: "(Bergen: Fjord Press, 1931)" names its publisher
rx!(PUBLISHER_IN_IMPRINT = r"^\(\s*[\p{Lu}][^:()]{1,40}:\s*([^,():]{2,60}?)\s*,");
// "op. cit.": the work this author's earlier entry names; it names none of its own
rx!(OP_CIT = r"(?i),?\s*\b(?:op\.?\s*cit|loc\.?\s*cit)\b\.?");
rx!(MLA_AUTHOR = letters(
    r#"([A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+)?),\s+((?:[A-Z][\w’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]+|[A-Z]\.)){0,2}?)(?:(?<=\.)|\.)\s+(?=[“"*_A-Z])"#
));
rx!(IN_ON = r"^(?:in|on)\s+");
rx!(PERSON_NAME = letters(r"[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+"));
rx!(TRAILING_PARENTHESIS = r"(.*?)\s*\(([^()]+)\)$");
rx!(OUTLET_COLON = r"([^:,]{2,40}):\s+(.+)$");
rx!(OUTLET_SUFFIX = r"(.+?)\s+[-–—|]\s+([^-–—|]{2,40})$");
// where in a work a note points (a chapter, a page): not part of the work's title or outlet;
// "Part 2" and "Year 5" count only beside such a locator, since a title may end in them
rx!(
    LOCATOR = r"(?i)^(?:chapter|chap\.?|ch\.|section|sec\.|§|pp?\.|pages?|book|vol\.?|volume|season|episode|ep\.|kapitel|seite|s\.)\s*[\dIVXLivxl]+\b.*$"
);
rx!(WEAK_LOCATOR = r"(?i)^(?:part|year|no\.?|issue|teil)\s*[\dIVXLivxl]+$");
// the kind of document, printed as a segment of its own ("News Release", "Press release")
rx!(DOCUMENT_KIND = r"(?i)^(?:press|news|media)\s+release$|^(?:transcript|op-ed|editorial|interview|podcast|video|report)$");
// "Source: www.site.net", "Quelle: …": the site or outlet the note names as its source
rx!(SOURCE_LABEL = r"(?i)\b(?:source|quelle|fuente|via)\s*:\s*([^,;]{2,60}?)\s*\.?$");
rx!(BARE_DOMAIN = r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$");
// a sentence of an entry printed in full stops ("Org. Title. Outlet. Date.")
rx!(FULL_STOP_PARTS = r#"(?<=[\w)”"’])(?<!\b\p{Lu})\.\s+(?=[“"‘*_\w])"#);
rx!(INITIAL = r"(?<!\w)\p{Lu}\.(?=\s|$)");
rx!(IN_CONTAINER = r"^(?:In|in):?\s+");
rx!(ET_AL = r"\bet al\.?");
rx!(AND_SPLIT = r"\s+(?:and|&)\s+");

#[derive(Clone, Debug, Serialize, Default)]
pub struct Reference {
    pub n: i64,
    pub raw: String,
    pub start: usize,
    pub end: usize,
    pub ibid_of: Option<i64>,
    pub authors: Vec<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

pub struct ReferenceList {
    pub start: usize,
    pub end: usize,
    pub references: Vec<Reference>,
}

/// A reference list's heading line ("Notes", "## References", "Sources:").
pub fn is_heading(line: &str) -> bool {
    // every heading is a word or two (and marks): a long line is not tried
    let core = line.trim_matches(|c: char| py::is_space(c) || c == '#' || c == ':');
    py::char_len(core) <= 40 && HEADING.match_(line).is_some()
}

const FIELD_STRIP: &str = " ,.;:-–";

/// Cut one entry into authors, title, outlet, date and URL.
pub fn parse_reference(n: i64, raw: &str, start: usize, end: usize) -> Reference {
    let mut r = Reference {
        n,
        raw: raw.to_string(),
        start,
        end,
        ..Default::default()
    };
    if crate::reflist::is_ibid(raw) {
        return r;
    }
    let (text, source) = without_source_label(raw);
    read_fields(&mut r, &text);
    if source.is_some() {
        r.outlet = source;
    }
    r
}

/// "…. Quelle: www.zitate.net": the site a note names as its source is its outlet (a bare
/// domain there names a site, not a page, so it is no URL).
fn without_source_label(raw: &str) -> (String, Option<String>) {
    if let Some(m) = SOURCE_LABEL.search(raw) {
        let site = py::strip(group(&m, 1), " .");
        if BARE_DOMAIN.full_is(site) || is_name_like(site, true) {
            let (a, _) = span(&m, 0).unwrap();
            return (raw[..a].to_string(), Some(site.to_string()));
        }
    }
    (raw.to_string(), None)
}

/// A person named after the date, as "Outlet, Title, Date, Name, URL" entries print the
/// author: taken out of the text, to be the author if no other is found.
fn person_after(text: &str, from: usize) -> Option<String> {
    split_segments(&text[from..])
        .into_iter()
        .map(|seg| py::strip(&seg, " .,[]").to_string())
        .find(|seg| {
            let words = py::split_ws(seg).len();
            (2..=3).contains(&words) && looks_like_person(seg) && !is_outlet_name(seg)
        })
}

fn read_fields(r: &mut Reference, raw: &str) {
    let raw = &ALSO_SEE.sub("", &SEE_ALSO.sub("", py::strip_ws(raw)));
    let raw = &OP_CIT.sub("", raw);
    if let Some((a, b)) = URL.find(raw) {
        r.url = Some(raw[a..b].to_string());
    }
    let rest = URL.sub(" ", raw);
    let rest = ACCESSED.sub(" ", &rest);
    let mut rest = DOI.sub(" ", &rest);
    if let Some(m) = AUTHOR_DATE.match_(&rest).filter(|m| year_follows_the_authors(&rest, m)) {
        author_date_fields(r, &m);
        return;
    }
    let mut named_after_date = None;
    let mut publisher = None;
    let dates = find_dates(&rest, true);
    if !dates.is_empty() {
        // the most specific date: full dates beat month-year beat a bare year (then the first)
        let best = dates
            .iter()
            .max_by(|x, y| (py::char_len(&x.2), std::cmp::Reverse(x.0)).cmp(&(py::char_len(&y.2), std::cmp::Reverse(y.0))))
            .unwrap();
        r.date = Some(best.2.clone());
        let (s, e) = imprint_around(&rest, best.0, best.1);
        // "(Bergen: Fjord Press, 1931)": a book's imprint; its publisher is the outlet
        publisher = PUBLISHER_IN_IMPRINT
            .search(&rest[s..e])
            .map(|c| py::strip_ws(group(&c, 1)).to_string());
        named_after_date = person_after(&rest, e);
        let mut after = rest[e..].to_string();
        if let Some(person) = &named_after_date {
            after = after.replacen(person.as_str(), " ", 1);
        }
        rest = format!("{} {}", &rest[..s], after);
    }
    let rest = EMPTY_BRACKETS.sub(" ", &rest);
    let rest = WS.sub(" ", &rest);
    let rest = TRAILING_CONNECTOR.sub("", py::strip(&rest, FIELD_STRIP));
    let rest = py::strip(&rest, FIELD_STRIP);
    let rest = PAGES_AT_END.sub("", rest);
    let rest = py::strip(&rest, FIELD_STRIP);
    if !rest.is_empty() {
        // (a lead-in was taken off the raw entry already)
        match &publisher {
            // the publisher is read as the entry's last part: "Name, Title, Publisher"
            Some(p) => fields_of_text(r, &format!("{rest}, {p}")),
            None => fields_of_text(r, rest),
        }
    }
    if r.authors.is_empty() {
        if let Some(person) = named_after_date {
            r.authors = vec![person];
        }
    }
}

fn fields_of_text(r: &mut Reference, rest: &str) {
    if let Some(found) = crate::scholarly::read(rest) {
        r.authors = found.authors;
        r.title = found.title;
        r.outlet = found.venue;
        return;
    }
    if let Some(m) = MLA_AUTHOR.match_(rest) {
        let after = &rest[m.get(0).unwrap().end()..];
        mla_fields(r, group(&m, 1), group(&m, 2), after);
        return;
    }
    // a work is dated or linked; a sentence with neither may explain instead
    if r.date.is_none() && r.url.is_none() && is_explanatory_note(rest) {
        return;
    }
    let quoted = QUOTED_TITLE.search(rest);
    let emphasis = EMPHASIS.search(rest);
    if let Some(q) = &quoted {
        let (qs, qe) = span(q, 0).unwrap();
        fields_around_quoted_title(r, rest, group(q, 1), qs, qe);
        if let Some(e) = &emphasis {
            if span(e, 0).unwrap().0 > qe {
                r.outlet = Some(py::strip(group(e, 1), " ,.").to_string());
            }
        }
    } else if let Some(e) = &emphasis {
        let (es, ee) = span(e, 0).unwrap();
        fields_around_quoted_title(r, rest, group(e, 1), es, ee);
    } else if !((!rest.contains(',') && outlet_in_web_title(r, rest)) || full_stop_fields(r, rest)) {
        let segs: Vec<String> = split_segments(rest).iter().map(|s| py::strip(s, " .").to_string()).collect();
        fields_from_segments(r, &segs);
    }
}

/// "The mayor later denied the memo existed.": a note that explains rather than cites, a
/// sentence of mostly lower-case words with a verb, no work in it (tried after the study and
/// MLA readers found none). Its fields stay empty.
fn is_explanatory_note(rest: &str) -> bool {
    let words = py::split_ws(rest);
    if words.len() < 5 || rest.contains(['"', '“', '”']) || !py::first_upper(words[0]) {
        return false;
    }
    let lower = words[1..].iter().filter(|w| w.starts_with(|c: char| c.is_lowercase())).count();
    let verb = words[1..].iter().any(|w| {
        let w = py::lower(py::strip(w, ".,;:"));
        LEX.auxiliary_verbs.contains(&w)
            || LEX.reporting_verbs.contains(&w)
            || LEX.irregular_past_verbs.contains(&w)
            || (w.len() > 4 && w.ends_with("ed"))
    });
    verb && lower * 3 >= (words.len() - 1) * 2
}

/// "Community Alliance for Global Justice. Gates Foundation invests in Monsanto. Press
/// release": an entry printed in full stops, with no comma: who, then what, then where.
fn full_stop_fields(r: &mut Reference, rest: &str) -> bool {
    if rest.contains(',') {
        return false;
    }
    let parts: Vec<&str> = FULL_STOP_PARTS
        .split(rest)
        .into_iter()
        .map(|p| py::strip(p, " .*_"))
        .filter(|p| !p.is_empty() && !DOCUMENT_KIND.full_is(p))
        .collect();
    if parts.len() < 2 || !is_name_like(parts[0], false) || py::split_ws(parts[1]).len() < 2 {
        return false;
    }
    r.authors = split_authors(parts[0]);
    r.title = some(parts[1]);
    if let Some(outlet) = parts.get(2) {
        if is_name_like(outlet, true) && py::split_ws(outlet).len() <= 5 {
            r.outlet = Some(outlet.to_string());
        }
    }
    true
}

/// The segments of a work without the trailing locator ("…, Year 5, Chapter 22 (Agent of
/// Chaos)") and without segments that only say what kind of document it is.
fn work_segments(segs: &[String]) -> Vec<String> {
    let mut kept: Vec<String> = segs.iter().filter(|s| !DOCUMENT_KIND.full_is(s)).cloned().collect();
    let mut located = false;
    while !kept.is_empty() {
        let last = kept.last().unwrap();
        if LOCATOR.is_match(last) {
            located = true;
        } else if !(located && WEAK_LOCATOR.full_is(last)) {
            break;
        }
        kept.pop();
    }
    kept
}

fn some(s: &str) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

/// Whether the bracketed year of an author-date match follows the author list itself, not a
/// title and a journal printed before it ("Feferman, S., Title, J. Logic, 27 (1962)").
fn year_follows_the_authors(rest: &str, m: &crate::rx::Caps) -> bool {
    let authors = named(m, "authors").unwrap();
    scholarly::names(authors).is_some() || scholarly::author_list_end(rest).is_none_or(|end| end + 2 >= m.name("authors").unwrap().end())
}

fn author_date_fields(r: &mut Reference, m: &crate::rx::Caps) {
    let year = named(m, "year").unwrap();
    let when = named(m, "when");
    // "Maani, S. (2019): Title", "Lund (1993), Title": the colon or comma after the year belongs to neither
    let rest_owned = py::lstrip(py::strip_ws(named(m, "rest").unwrap_or("")), ":, ").to_string();
    let rest = rest_owned.as_str();
    let dates = when.map(|w| find_dates(&format!("{w}, {year}"), true)).unwrap_or_default();
    r.date = Some(if !dates.is_empty() && dates[0].2.starts_with(year) {
        dates[0].2.clone()
    } else {
        year.to_string()
    });
    let authors_raw = named(m, "authors").unwrap();
    let people = APA_AUTHOR.captures_iter(authors_raw);
    let authors = py::strip(authors_raw, " ,.;");
    // "E. Allender, N. Immerman (1993)": initials first, which the surname-first reader would pair wrongly
    let initials_first = INITIAL.match_(authors).and_then(|_| scholarly::names(authors));
    if let Some(names) = initials_first {
        r.authors = names;
    } else if !people.is_empty() {
        r.authors = people
            .iter()
            .map(|c| person_from_citation(&format!("{}, {}", group(c, 1), py::strip_ws(group(c, 2)))))
            .collect();
    } else if is_outlet_name(authors) {
        r.outlet = Some(authors.to_string());
    } else {
        r.authors = split_authors(authors);
    }
    let quoted = QUOTED_TITLE.match_(rest).or_else(|| HARVARD_TITLE.match_(rest));
    if let Some(q) = quoted {
        let (qs, qe) = span(&q, 0).unwrap();
        fields_around_quoted_title(r, rest, group(&q, 1), qs, qe);
        if when.is_none() {
            for seg in split_segments(&rest[qe..]) {
                let found = find_dates(&format!("{} {year}", py::strip(&seg, " .*_")), true);
                if !found.is_empty() && found[0].2.starts_with(year) && py::char_len(&found[0].2) > 4 {
                    r.date = Some(found[0].2.clone());
                    break;
                }
            }
        }
        return;
    }
    let parts: Vec<&str> = APA_SENTENCES
        .split(rest)
        .into_iter()
        .map(py::strip_ws)
        .filter(|p| !py::strip(p, " .").is_empty())
        .collect();
    if when.is_none() {
        // "(2019) … In: Versorgerin #121 März 2019": the issue's month, if the entry prints it
        if let Some(fuller) = find_dates(rest, false).into_iter().find(|d| d.2.starts_with(year)) {
            r.date = Some(fuller.2);
        }
    }
    title_and_container(r, &parts);
}

/// The sentences after an author-date entry's year: the title, then where it appeared ("In:
/// Container", a study's venue, or a name).
fn title_and_container(r: &mut Reference, parts: &[&str]) {
    // "Title. Subtitle. In: Container": every sentence before the container is the title
    if let Some(k) = parts.iter().skip(1).position(|p| IN_CONTAINER.is_match(p)).map(|k| k + 1) {
        r.title = some(py::strip(&parts[..k].join(" "), " .*_"));
        let container = parts[k..].join(" ");
        let name = scholarly::venue(&container).unwrap_or_default();
        let name = name.split(['#', '[']).next().unwrap_or("");
        // an issue's date at the end is not the container's name ("Versorgerin März 2019"); a
        // year inside it is ("Proceedings of the 1993 Summer School")
        let at_end = find_dates(name, true)
            .into_iter()
            .find(|d| py::strip(&name[d.1..], " .,)").is_empty());
        let name = at_end.map_or(name, |d| &name[..d.0]);
        let name = py::strip(name, " .:*_(");
        if !name.is_empty() && py::first_upper(name) {
            r.outlet = Some(name.to_string());
        }
        return;
    }
    let single_sentence = if parts.len() == 1 {
        scholarly::comma_separated_study(parts[0])
    } else {
        None
    };
    if let Some((title, venue)) = single_sentence {
        // "Title, Journal, 37(7), 72-76": no stop between the title and where it appeared
        r.title = title;
        r.outlet = r.outlet.take().or(venue);
        return;
    }
    if let Some(p0) = parts.first() {
        r.title = some(py::strip(p0, " .*_"));
    }
    if parts.len() > 1 {
        let segs = split_segments(py::strip(parts[1], " ."));
        if let Some(first) = segs.first() {
            let source = py::strip(first, " .*_");
            if r.outlet.is_none() {
                // a study's venue ("PhD thesis, University of …", "Journal …, 12(3)") first
                r.outlet =
                    scholarly::study_venue(&parts[1..].join(" ")).or_else(|| is_name_like(source, false).then(|| source.to_string()));
            }
        }
    }
}

fn mla_fields(r: &mut Reference, last: &str, first: &str, rest: &str) {
    r.authors = vec![person_from_citation(&format!("{last}, {first}"))];
    let titled = QUOTED_TITLE.match_(rest).or_else(|| EMPHASIS.match_(rest));
    let (title, after): (String, String) = match titled {
        Some(t) => (group(&t, 1).to_string(), rest[t.get(0).unwrap().end()..].to_string()),
        None => match rest.split_once(". ") {
            Some((a, b)) => (a.to_string(), b.to_string()),
            None => (rest.to_string(), String::new()),
        },
    };
    r.title = some(py::strip(&title, " ,.*_"));
    let container = split_segments(py::strip(&after, " .,"));
    if let Some(c0) = container.first() {
        let outlet = IN_ON.sub("", py::strip(c0, " .*_"));
        if is_name_like(&outlet, true) {
            r.outlet = Some(outlet);
        }
    }
}

/// The span to cut for a date: the whole "(Albany: State Press, 2022)" when the date is the
/// year of a book's imprint in brackets, else the date itself.
fn imprint_around(text: &str, s: usize, e: usize) -> (usize, usize) {
    let lo = py::back(text, s, 80);
    let hi = py::fwd(text, e, 80);
    for (a, b) in IMPRINT.find_iter_in(text, lo, hi) {
        if a < s && e < b {
            return (a, b);
        }
    }
    (s, e)
}

/// Split on commas, except commas inside brackets.
fn split_segments(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth: i32 = 0;
    let mut cur = String::new();
    for ch in text.chars() {
        if ch == '(' || ch == '[' {
            depth += 1;
        } else if ch == ')' || ch == ']' {
            depth = (depth - 1).max(0);
        }
        if ch == ',' && depth == 0 {
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(ch);
        }
    }
    parts.push(cur);
    parts
        .iter()
        .map(|p| py::strip_ws(p).to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

fn outlet_in_web_title(r: &mut Reference, rest: &str) -> bool {
    if let Some(m) = OUTLET_SUFFIX.match_(rest) {
        if is_outlet_name(py::strip_ws(group(&m, 2))) {
            r.title = some(py::strip(group(&m, 1), " ,."));
            r.outlet = Some(py::strip_ws(group(&m, 2)).to_string());
            return true;
        }
    }
    if let Some(m) = OUTLET_COLON.match_(rest) {
        if is_outlet_name(py::strip_ws(group(&m, 1))) {
            r.outlet = Some(py::strip_ws(group(&m, 1)).to_string());
            r.title = some(py::strip(group(&m, 2), " ,."));
            return true;
        }
    }
    false
}

fn fields_around_quoted_title(r: &mut Reference, rest: &str, title: &str, qs: usize, qe: usize) {
    r.title = Some(py::strip(title, " ,.").to_string());
    let before_owned = py::strip(&rest[..qs], " ,.;:").to_string();
    let mut before = before_owned.as_str();
    let after = py::strip(&rest[qe..], " ,.;:");
    for seg in work_segments(&split_segments(after)) {
        let seg = py::strip(&seg, " .*_");
        // '"The Redirection," by Seymour Hersh, The New Yorker'
        if let Some(by) = seg.strip_prefix("by ").or_else(|| seg.strip_prefix("By ")) {
            if r.authors.is_empty() && is_name_like(by, false) {
                r.authors = split_authors(by);
            }
            continue;
        }
        let seg = IN_ON.sub("", seg);
        if is_name_like(&seg, false) && !LOCATOR.is_match(&seg) {
            r.outlet = Some(seg);
            break;
        }
    }
    if !before.is_empty() {
        if let Some(p) = TRAILING_PARENTHESIS.match_(before) {
            let inner = group(&p, 2);
            if is_outlet_name(inner) || is_name_like(inner, true) {
                before = group(&p, 1);
                if r.outlet.is_none() {
                    r.outlet = Some(inner.to_string());
                }
            }
        }
        if r.outlet.is_none() && is_outlet_name(before) {
            r.outlet = Some(before.to_string());
        } else {
            r.authors = split_authors(before);
        }
    }
}

fn split_authors(text: &str) -> Vec<String> {
    let cleaned = ET_AL.sub("", text);
    let text = py::strip(&cleaned, " ,.;");
    if text.contains(';') {
        return text
            .split(';')
            .filter(|a| !py::strip_ws(a).is_empty())
            .map(person_from_citation)
            .collect();
    }
    let mut out = Vec::new();
    for p in AND_SPLIT.split(text) {
        let p = py::lstrip(py::strip(p, " ,"), ".");
        if !p.is_empty() {
            out.push(person_from_citation(p));
        }
    }
    out
}

/// A short capitalised segment: an outlet, a person, an organisation. `strict` (for outlets)
/// wants most content words capitalised, so a sentence-case title is not taken.
fn is_name_like(seg: &str, strict: bool) -> bool {
    let words = py::split_ws(seg);
    if !(1..=6).contains(&words.len()) || seg.ends_with('?') {
        return false;
    }
    let content: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !LEX.small_title_words.contains(&py::lower(w)))
        .collect();
    if content.is_empty() || !(py::first_upper(words[0]) || py::lower(words[0]) == "the") {
        return false;
    }
    if !strict {
        return true;
    }
    let caps = content
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| py::char_upper(c) || py::is_digit_char(c)))
        .count();
    caps * 3 >= content.len() * 2
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Entries that name one thing and no work: an outlet alone ("Valley Courier, March 4,
/// 1994"), a person alone ("Andrew M. Lobaczewski"), a person described or interviewed
/// ("Omar Vance, in Al-Marsa Weekly"). Their fields are set here.
fn named_alone(r: &mut Reference, segs: &[String]) -> bool {
    // "Valley Courier, March 4, 1994, p.12": the outlet is all the entry names
    if segs.len() == 1 && is_outlet_name(&segs[0]) && is_name_like(&segs[0], true) {
        r.outlet = Some(segs[0].clone());
        return true;
    }
    // "Andrew M. Lobaczewski": a note that names only a person (an initial tells a name
    // from a short title such as "Wonderbook Walkthrough")
    if segs.len() == 1 && looks_like_person(&segs[0]) && INITIAL.is_match(&segs[0]) {
        r.authors = vec![segs[0].clone()];
        return true;
    }
    // "Lucius Annaeus Seneca, Roman philosopher" and "Omar Vance, in Al-Marsa Weekly, May 4":
    // a person described, or interviewed somewhere, rather than a work of theirs
    if segs.len() >= 2 && py::split_ws(&segs[0]).len() >= 2 && looks_like_person(&segs[0]) && starts_lower(&segs[1]) {
        r.authors = vec![segs[0].clone()];
        if let Some(venue) = segs[1..].iter().find_map(|s| s.strip_prefix("in ")) {
            if is_name_like(venue, false) {
                r.outlet = Some(venue.to_string());
            }
        }
        return true;
    }
    false
}

fn fields_from_segments(r: &mut Reference, segs: &[String]) {
    let segs = &work_segments(segs)[..];
    if segs.is_empty() {
        return;
    }
    if named_alone(r, segs) {
        return;
    }
    let mut i = 0;
    let mut authors: Vec<String> = Vec::new();
    // "Hussain, Murtaza, Title": a surname, then given names. A name already whole ("Lea
    // Park, Despite New Cranes, …") is followed by its title, however capitalised
    let surname_alone = py::split_ws(&segs[0]).len() == 1
        || py::split_ws(&segs[0])
            .first()
            .is_some_and(|w| LEX.surname_particles.contains(&py::lower(w)));
    if segs.len() >= 3 && surname_alone && given_names(&segs[1]) && is_name_like(&segs[0], false) && !is_org(&segs[0]) {
        authors.push(person_from_citation(&format!("{}, {}", segs[0], segs[1])));
        i = 2;
    }
    let rest = &segs[i..];
    // "Harbour Board, Crane Audit": a body, then the document it issued (no outlet named)
    if authors.is_empty() && rest.len() == 2 && is_org(&rest[0]) && !is_outlet_name(&rest[0]) && !is_outlet_name(&rest[1]) {
        r.authors = vec![rest[0].clone()];
        r.title = Some(rest[1].clone());
        return;
    }
    if authors.is_empty() && rest.len() >= 2 && is_outlet_name(&rest[0]) && !rest[1..].iter().any(|x| is_outlet_name(x)) {
        r.outlet = Some(rest[0].clone());
        r.title = Some(rest[1..].join(", "));
        return;
    }
    let mut outlet_idx = None;
    let mut k = rest.len();
    while k > 1 {
        k -= 1;
        if !is_name_like(&rest[k], true) || DESIGNATOR.match_(&rest[k]).is_some() {
            break;
        }
        if !rest[k - 1].is_empty() && py::lower(&rest[k]).contains(&py::lower(&rest[k - 1])) && is_name_like(&rest[k - 1], false) {
            continue;
        }
        outlet_idx = Some(k);
        break;
    }
    if outlet_idx.is_none()
        && authors.is_empty()
        && rest.len() >= 2
        && is_name_like(&rest[0], false)
        && py::split_ws(&rest[0]).len() <= 4
        && (is_outlet_name(&rest[0])
            || (py::split_ws(&rest[0]).len() <= 2 && !(looks_like_person(&rest[0]) && PERSON_NAME.full_is(&rest[0]))))
    {
        r.outlet = Some(rest[0].clone());
        r.title = some(&rest[1..].join(", "));
        r.authors = authors;
        return;
    }
    let mut body: Vec<String> = match outlet_idx {
        Some(k) => {
            r.outlet = Some(rest[k].clone());
            rest[..k].to_vec()
        }
        None => rest.to_vec(),
    };
    let author_words = if body.is_empty() {
        0
    } else if is_org(&body[0]) {
        6
    } else {
        4
    };
    if authors.is_empty()
        && body.len() >= 2
        && is_name_like(&body[0], false)
        && py::split_ws(&body[0]).len() <= author_words
        && !body[1].chars().next().is_some_and(|c| py::is_lower(&c.to_string()))
        && !WEAK_LOCATOR.full_is(&body[1])
    {
        authors = split_authors(&body[0]);
        body.remove(0);
    }
    r.authors = authors;
    r.title = some(&body.join(", "));
}
