//! The article's own numbered reference list: where it is, and what each entry says.

use crate::dates::find_dates;
use crate::markers::{parse_int, superscript_digits};
use crate::names::{given_names, is_org, is_outlet_name, looks_like_person, person_from_citation};
use crate::py;
use crate::rx::{group, letters, named, span};
use serde::Serialize;

rx!(HEADING = r"(?i)^\s*(?:#+\s*)?(?:references?|notes?|sources?|end\s*notes?|footnotes?|citations?|bibliography|works cited)\s*:?\s*$");
rx!(BRACKET_ENTRY = r"^[ \t]*\[\^?(\d{1,3})\]:?[ \t]*(\S.*)$");
rx!(SUPERSCRIPT_ENTRY = r"^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]*(\S.*)$");
rx!(NUMBER_ENTRY = r"^[ \t]*\(?(\d{1,3})(?:[.):]|[ \t]*[-–])[ \t]+(\S.*)$");
rx!(URL = r#"(?:https?://|www\.)[^\s<>"“”]+[^\s<>"“”.,;:)\]]"#);
rx!(IBID = r"(?i)^\s*(?:ibid|ibidem|id)\b\.?");
rx!(QUOTED_TITLE = r#"[“"‘]((?<=“)[^“”]{3,}?(?=”)|(?<=")[^"]{3,}?(?=")|(?<=‘)(?:[^‘’]|’(?=\w)){3,}?(?=’(?!\w)))[”"’]"#);
rx!(EMPHASIS = r"(?<![\w*])[*_]([^*_]{3,}?)[*_](?![\w*])");
rx!(ACCESSED = r"(?i)\b(?:accessed|retrieved|archived|available at)\b[^,.;]*");
rx!(DOI = r"\b(?:doi|DOI):\s*\S+");
rx!(EMPTY_BRACKETS = r"\(\s*\)");
rx!(WS = r"\s+");
rx!(AUTHOR_DATE =
    r#"(?s)^\s*(?P<authors>[^()“”"]{2,160}?)\s*\((?P<year>(?:1[89]|20)\d\d)[a-z]?(?:,\s*(?P<when>[^()]{3,30}))?\)\.?\s*(?P<rest>.*)$"#);
rx!(APA_AUTHOR = letters(r"([A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+){0,2}),\s*((?:[A-Z]\.\s?(?:-[A-Z]\.)?\s?)+)"));
rx!(HARVARD_TITLE = r"'([^']{3,}?)'(?=\s*[,.])");
rx!(APA_SENTENCES = r"(?<=[.?!])\s+(?=[*_A-Z])");
rx!(IMPRINT = r"\([^()]*\)");
rx!(PAGES_AT_END = r",\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?$");
rx!(DESIGNATOR = r"(?:[A-Z][a-z]*\.?\s+){1,2}(?:No\.?\s*)?\d[\w./-]*$");
rx!(SEE_ALSO = r"(?i)^(?:(?:see|cf\.?)(?:\s+(?:also|generally|e\.g\.))?[,:]?\s+)");
rx!(MLA_AUTHOR = letters(
    r#"([A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+)?),\s+((?:[A-Z][\w’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]+|[A-Z]\.)){0,2}?)(?:(?<=\.)|\.)\s+(?=[“"*_A-Z])"#
));
rx!(IN_ON = r"^(?:in|on)\s+");
rx!(PERSON_NAME = letters(r"[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+"));
rx!(TRAILING_PARENTHESIS = r"(.*?)\s*\(([^()]+)\)$");
rx!(OUTLET_COLON = r"([^:,]{2,40}):\s+(.+)$");
rx!(OUTLET_SUFFIX = r"(.+?)\s+[-–—|]\s+([^-–—|]{2,40})$");
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

/// The numbered-entry patterns, tried only on a line whose first mark can open an entry.
fn entry<'t>(ln: &'t str, heading: bool) -> Option<crate::rx::Caps<'t>> {
    let first = ln.trim_start_matches([' ', '\t']).chars().next()?;
    match first {
        '[' => BRACKET_ENTRY.match_(ln),
        '⁰' | '¹' | '²' | '³' | '⁴'..='⁹' => SUPERSCRIPT_ENTRY.match_(ln),
        _ if heading && (first == '(' || py::is_digit_char(first)) => NUMBER_ENTRY.match_(ln),
        _ => None,
    }
}

type Entry = (i64, String, usize, usize);

/// The last run of numbered entries that reads as a reference list (a headed one first).
pub fn find_reference_list(text: &str) -> Option<ReferenceList> {
    let mut lines = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        lines.push((pos, pos + line.len(), line));
        pos += line.len() + 1;
    }
    let mut blocks: Vec<(usize, usize, Vec<Entry>, bool)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (start, _, line) = lines[i];
        let heading = is_heading(line);
        let mut j = if heading { i + 1 } else { i };
        let mut entries: Vec<Entry> = Vec::new();
        while j < lines.len() {
            let (s, e, ln) = lines[j];
            let m = entry(ln, heading);
            if let Some(m) = m {
                entries.push((
                    parse_int(&superscript_digits(group(&m, 1))),
                    py::strip_ws(group(&m, 2)).to_string(),
                    s,
                    e,
                ));
                j += 1;
            } else if py::strip_ws(ln).is_empty() {
                j += 1;
            } else if !entries.is_empty() && (ln.starts_with(' ') || ln.starts_with('\t')) {
                let last = entries.last_mut().unwrap();
                last.1 = format!("{} {}", last.1, py::strip_ws(ln));
                last.3 = e;
                j += 1;
            } else {
                break;
            }
        }
        if !entries.is_empty() && reads_as_list(&entries, heading) {
            let first = entries[0].2;
            let last = entries[entries.len() - 1].3;
            blocks.push((if heading { start } else { first }, last, entries, heading));
            i = j;
        } else {
            i += 1;
        }
    }
    let chosen = blocks
        .iter()
        .rposition(|b| b.3)
        .or(if blocks.is_empty() { None } else { Some(blocks.len() - 1) })?;
    let (start, end, entries, _) = blocks.swap_remove(chosen);
    let mut refs: Vec<Reference> = entries.into_iter().map(|(n, raw, s, e)| parse_reference(n, &raw, s, e)).collect();
    let mut last_real = None;
    for r in refs.iter_mut() {
        if IBID.match_(&r.raw).is_some() {
            r.ibid_of = last_real;
        } else {
            last_real = Some(r.n);
        }
    }
    Some(ReferenceList {
        start,
        end,
        references: refs,
    })
}

fn reads_as_list(entries: &[Entry], heading: bool) -> bool {
    if !entries.windows(2).all(|w| w[1].0 > w[0].0) {
        return false;
    }
    heading || entries.len() >= 2 || entries[0].0 == 1
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
    if IBID.match_(raw).is_some() {
        return r;
    }
    if let Some((a, b)) = URL.find(raw) {
        r.url = Some(raw[a..b].to_string());
    }
    let rest = URL.sub(" ", raw);
    let rest = ACCESSED.sub(" ", &rest);
    let mut rest = DOI.sub(" ", &rest);
    if let Some(m) = AUTHOR_DATE.match_(&rest) {
        author_date_fields(&mut r, &m);
        return r;
    }
    let dates = find_dates(&rest, true);
    if !dates.is_empty() {
        // the most specific date: full dates beat month-year beat a bare year (then the first)
        let best = dates
            .iter()
            .max_by(|x, y| (py::char_len(&x.2), std::cmp::Reverse(x.0)).cmp(&(py::char_len(&y.2), std::cmp::Reverse(y.0))))
            .unwrap();
        r.date = Some(best.2.clone());
        let (s, e) = imprint_around(&rest, best.0, best.1);
        rest = format!("{} {}", &rest[..s], &rest[e..]);
    }
    let rest = EMPTY_BRACKETS.sub(" ", &rest);
    let rest = WS.sub(" ", &rest);
    let rest = py::strip(&rest, FIELD_STRIP);
    let rest = PAGES_AT_END.sub("", rest);
    let rest = py::strip(&rest, FIELD_STRIP);
    if rest.is_empty() {
        return r;
    }
    let rest = SEE_ALSO.sub("", rest);
    if let Some(m) = MLA_AUTHOR.match_(&rest) {
        let after = &rest[m.get(0).unwrap().end()..];
        mla_fields(&mut r, group(&m, 1), group(&m, 2), after);
        return r;
    }
    let quoted = QUOTED_TITLE.search(&rest);
    let emphasis = EMPHASIS.search(&rest);
    if let Some(q) = &quoted {
        let (qs, qe) = span(q, 0).unwrap();
        fields_around_quoted_title(&mut r, &rest, group(q, 1), qs, qe);
        if let Some(e) = &emphasis {
            if span(e, 0).unwrap().0 > qe {
                r.outlet = Some(py::strip(group(e, 1), " ,.").to_string());
            }
        }
    } else if let Some(e) = &emphasis {
        let (es, ee) = span(e, 0).unwrap();
        fields_around_quoted_title(&mut r, &rest, group(e, 1), es, ee);
    } else if !rest.contains(',') && outlet_in_web_title(&mut r, &rest) {
    } else {
        let segs: Vec<String> = split_segments(&rest).iter().map(|s| py::strip(s, " .").to_string()).collect();
        fields_from_segments(&mut r, &segs);
    }
    r
}

fn some(s: &str) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

fn author_date_fields(r: &mut Reference, m: &crate::rx::Caps) {
    let year = named(m, "year").unwrap();
    let when = named(m, "when");
    let rest_owned = py::strip_ws(named(m, "rest").unwrap_or("")).to_string();
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
    if !people.is_empty() {
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
    if let Some(p0) = parts.first() {
        r.title = some(py::strip(p0, " .*_"));
    }
    if parts.len() > 1 {
        let segs = split_segments(py::strip(parts[1], " ."));
        if let Some(first) = segs.first() {
            let source = py::strip(first, " .*_");
            if is_name_like(source, false) && r.outlet.is_none() {
                r.outlet = Some(source.to_string());
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
    for seg in split_segments(after) {
        let seg = IN_ON.sub("", py::strip(&seg, " .*_"));
        if is_name_like(&seg, false) {
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
    const SMALL: &[&str] = &["of", "the", "and", "for", "on", "in", "de", "al", "&", "du", "des", "la", "le"];
    let content: Vec<&str> = words.iter().copied().filter(|w| !SMALL.contains(&py::lower(w).as_str())).collect();
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

fn fields_from_segments(r: &mut Reference, segs: &[String]) {
    if segs.is_empty() {
        return;
    }
    let mut i = 0;
    let mut authors: Vec<String> = Vec::new();
    if segs.len() >= 3 && py::split_ws(&segs[0]).len() <= 3 && given_names(&segs[1]) && is_name_like(&segs[0], false) {
        authors.push(person_from_citation(&format!("{}, {}", segs[0], segs[1])));
        i = 2;
    }
    let rest = &segs[i..];
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
    {
        authors = split_authors(&body[0]);
        body.remove(0);
    }
    r.authors = authors;
    r.title = some(&body.join(", "));
}
