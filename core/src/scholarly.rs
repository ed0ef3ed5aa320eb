//! Citations of studies, as articles' notes copy them from papers: an author list in one of
//! three printed forms, then the title as a sentence, then where it appeared.
//!
//!   Nora P. Vale and Ivo Brandt. Sparse ledgers revisited. In Proc. of the Ledger Workshop.
//!   K. Lund, D. Roe, P. Wu, and T. Abe. Title. Journal of Port Computing, 12(3):45-67.
//!   Marsh, T., Okafor, B., and Lind, S. Title. Journal …
//!   Holm P, Berg O. Title. J Port Eng. ;12(3):45-9.     (Vancouver)
//!
//! The date is already taken out of the entry by the caller.

use crate::py;
use crate::rx::{group, letters};

// one name, given names first: "Nora P. Vale", "K. Lund", "Ivo Brandt"
const GIVEN_FIRST: &str =
    r"(?:(?:[A-Z]\.\s?){1,3}\s?[A-Z][a-z'’\-]+(?:[\s\-][A-Z][a-z'’\-]+)?|[A-Z][a-z'’\-]+(?:\s+[A-Z]\.)*\s+[A-Z][a-z'’\-]+)";
// one name, surname first with initials: "Marsh, T.", "Okafor, B. K."
const SURNAME_INITIALS: &str = r"(?:[A-Z][a-z'’\-]+,\s(?:[A-Z]\.\s?){1,3})";
// one name, Vancouver: "Holm P", "Berg OJ"
const VANCOUVER: &str = r"(?:[A-Z][a-z'’\-]+\s[A-Z]{1,3})";
const JOIN: &str = r"(?:,\s+and\s+|,\s+&\s+|\s+and\s+|\s+&\s+|,\s+)";

rx!(GIVEN_FIRST_LIST = letters(&format!(r"^({GIVEN_FIRST}(?:{JOIN}{GIVEN_FIRST})*)(?:,?\s+et\s+al\.?)?\.\s+(?=\S)")));
rx!(SURNAME_INITIALS_LIST = letters(&format!(
    r"^({SURNAME_INITIALS}(?:{JOIN}{SURNAME_INITIALS})*)(?:,?\s+et\s+al\.?)?\s+(?=\S)"
)));
// two names at least: one alone ("Andrew K. Lindqvist") reads as given names first
rx!(VANCOUVER_LIST = letters(&format!(r"^({VANCOUVER}(?:,\s+{VANCOUVER})+)(?:,?\s+et\s+al)?\.\s+(?=\S)")));
rx!(ONE_GIVEN_FIRST = letters(GIVEN_FIRST));
rx!(ONE_SURNAME_INITIALS = letters(r"([A-Z][a-z'’\-]+),\s((?:[A-Z]\.\s?){1,3})"));
rx!(ONE_VANCOUVER = letters(r"([A-Z][a-z'’\-]+)\s([A-Z]{1,3})\b"));
// the title ends at its sentence's stop (not at an initial's)
rx!(TITLE_END = r"(?<!\b\p{Lu})[.?!](?=\s+\S|\s*$)");
rx!(IN_VENUE = r"^(?:In|in):?\s+");
// what a venue's first segment may end in that is not its name: pages, volume, issue
rx!(VENUE_TAIL = r"(?i)(?:\s*[,;:]?\s*(?:pp?\.|pages?|vol\.?|volume|no\.)\s*[\divxlc].*|\s*\d+\s*\(\d+\).*|\s*;.*)$");
// a thesis or report names its kind first and its institution after
rx!(
    DOCUMENT_TYPE = r"(?i)^(?:ph\.?\s?d\.?|master'?s|doctoral|bachelor'?s|diploma)\s+(?:thesis|dissertation)|^tech(?:nical|\.)\s+rep(?:ort|\.)?|^(?:thesis|dissertation|preprint|working paper)$"
);

/// Authors, title and venue of a scholarly citation, or `None` when the entry does not open
/// with an author list of one of the three forms.
pub struct Scholarly {
    pub authors: Vec<String>,
    pub title: Option<String>,
    pub venue: Option<String>,
}

pub fn read(entry: &str) -> Option<Scholarly> {
    let (authors, rest) = author_list(entry)?;
    let rest = py::lstrip_ws(rest);
    let (title, venue_text) = match TITLE_END.find(rest) {
        Some((a, b)) => {
            let keep = if rest[a..b].starts_with('?') || rest[a..b].starts_with('!') {
                b
            } else {
                a
            };
            (&rest[..keep], &rest[b..])
        }
        None => (rest, ""),
    };
    let title = py::strip(title, " ,.*_“”\"");
    Some(Scholarly {
        authors,
        title: (!title.is_empty()).then(|| title.to_string()),
        venue: venue(venue_text),
    })
}

fn author_list(entry: &str) -> Option<(Vec<String>, &str)> {
    // given names first is tried first: "Nora P. Vale" would also read as Vancouver "Nora P"
    if let Some(m) = GIVEN_FIRST_LIST.match_(entry) {
        let list = group(&m, 1);
        let names: Vec<String> = ONE_GIVEN_FIRST
            .find_iter(list)
            .into_iter()
            .map(|(a, b)| list[a..b].to_string())
            .collect();
        // a single two-word "name" before a stop is as often a body or a title ("Harbour
        // Board.") as a person: one author is read here only with an initial
        if names.len() > 1 || names.first().is_some_and(|n| n.contains('.')) {
            return Some((names, &entry[m.get(0).unwrap().end()..]));
        }
    }
    if let Some(m) = SURNAME_INITIALS_LIST.match_(entry) {
        let list = group(&m, 1);
        let names = ONE_SURNAME_INITIALS
            .captures_iter(list)
            .iter()
            .map(|c| format!("{} {}", py::strip_ws(group(c, 2)), group(c, 1)))
            .collect();
        return Some((names, &entry[m.get(0).unwrap().end()..]));
    }
    let m = VANCOUVER_LIST.match_(entry)?;
    let list = group(&m, 1);
    let names = ONE_VANCOUVER
        .captures_iter(list)
        .iter()
        .map(|c| format!("{} {}", group(c, 2), group(c, 1)))
        .collect();
    Some((names, &entry[m.get(0).unwrap().end()..]))
}

/// "In Proc. Winter Ledger Conf., Boulder, CO" -> "Proc. Winter Ledger Conf.";
/// "Journal of Port Computing, 12(3):45-67" -> "Journal of Port Computing";
/// "PhD thesis, University of Bergen" -> "University of Bergen".
fn venue(text: &str) -> Option<String> {
    let text = IN_VENUE.sub("", py::strip_ws(text));
    let mut segments = text.split(", ").map(py::strip_ws).filter(|s| !s.is_empty());
    let mut first = segments.next()?.to_string();
    if DOCUMENT_TYPE.is_match(py::strip(&first, " .")) {
        first = segments.next()?.to_string();
    }
    let name = VENUE_TAIL.sub("", &first);
    // an abbreviation's stop stays ("Proc. … Conf."); a sentence's stop goes
    let name = if name.ends_with('.') && !abbreviated_last_word(&name) {
        name.trim_end_matches('.').to_string()
    } else {
        name
    };
    let name = py::strip(&name, " ,;:").to_string();
    (name.chars().any(char::is_alphabetic)).then_some(name)
}

/// Whether the last word of a venue is an abbreviation ("Conf.", "Proc."): short, and the
/// venue abbreviates elsewhere too.
fn abbreviated_last_word(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    let inner_stops = name[..name.len() - last.len()].contains(". ");
    last.len() <= 6 && inner_stops
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(s: &str) -> (Vec<String>, Option<String>, Option<String>) {
        let r = read(s).expect("an author list");
        (r.authors, r.title, r.venue)
    }

    #[test]
    fn given_names_first_with_proceedings() {
        let (a, t, v) = fields("Nora P. Vale and Ivo Brandt. Sparse ledgers revisited. In Proc. of the Ledger Workshop");
        assert_eq!(a, ["Nora P. Vale", "Ivo Brandt"]);
        assert_eq!(t.as_deref(), Some("Sparse ledgers revisited"));
        assert_eq!(v.as_deref(), Some("Proc. of the Ledger Workshop"));
    }

    #[test]
    fn initials_first_many_authors_and_a_place() {
        let (a, _, v) = fields("K. Lund, D. Roe, P. Wu, and T. Abe. Fast ledgers. In Proc. Winter Ledger Conf., Boulder, CO");
        assert_eq!(a, ["K. Lund", "D. Roe", "P. Wu", "T. Abe"]);
        assert_eq!(v.as_deref(), Some("Proc. Winter Ledger Conf."));
    }

    #[test]
    fn surname_initials_without_a_year_in_brackets() {
        let (a, t, v) = fields("Marsh, T., Okafor, B., and Lind, S. Cheap snapshots. Journal of Port Computing, 12(3):45-67");
        assert_eq!(a, ["T. Marsh", "B. Okafor", "S. Lind"]);
        assert_eq!(t.as_deref(), Some("Cheap snapshots"));
        assert_eq!(v.as_deref(), Some("Journal of Port Computing"));
    }

    #[test]
    fn vancouver() {
        let (a, t, v) = fields("Holm P, Berg O. Crane failures in northern ports. J Port Eng. ;12(3):45-9");
        assert_eq!(a, ["P Holm", "O Berg"]);
        assert_eq!(t.as_deref(), Some("Crane failures in northern ports"));
        assert_eq!(v.as_deref(), Some("J Port Eng"));
    }

    #[test]
    fn a_thesis_names_its_institution() {
        let (_, _, v) = fields("T. Arnesen. Crane scheduling with sparse data. PhD thesis, University of Bergen");
        assert_eq!(v.as_deref(), Some("University of Bergen"));
    }

    #[test]
    fn a_body_before_a_stop_is_not_an_author_list() {
        assert!(read("Harbour Board. Crane Audit for the Year. Press release").is_none());
    }
}
