//! Dates as printed in articles and reference lists, to ISO `YYYY[-MM[-DD]]`.

use crate::lexicon::LEX;
use crate::rx::named;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// A month's number from its name or abbreviation in any language the lexicon lists
/// ("Sept." -> 9, "März" -> 3, "août" -> 8).
pub fn month_number(name: &str) -> Option<u32> {
    let m: String = crate::py::lower(name).nfc().collect();
    LEX.months.get(m.trim_end_matches('.')).copied()
}

/// Every month name of the lexicon as one alternation, longest first within each initial so
/// "June" is not read as "Jun".
static MONTH_NAMES: LazyLock<String> = LazyLock::new(|| {
    // each name also as decomposed text ("Ma\u{308}rz"), which some pages print
    let mut names: Vec<String> = LEX.months.keys().flat_map(|n| [n.clone(), n.nfd().collect()]).collect();
    names.sort_by_key(|n| (std::cmp::Reverse(n.chars().count()), n.clone()));
    names.dedup();
    // grouped by first letter ("j(?:anuary|anvier|an|…)|m(?:…)"): a position that starts no
    // month is then turned down at one letter, not after trying every name of four languages
    let mut by_first: std::collections::BTreeMap<char, Vec<String>> = std::collections::BTreeMap::new();
    for n in &names {
        let mut chars = n.chars();
        let first = chars.next().unwrap();
        by_first.entry(first).or_default().push(pcre2_escape(chars.as_str()));
    }
    by_first
        .into_iter()
        .map(|(first, rests)| format!("{}(?:{})", pcre2_escape(&first.to_string()), rests.join("|")))
        .collect::<Vec<_>>()
        .join("|")
});

fn pcre2_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| if c.is_alphanumeric() { vec![c] } else { vec!['\\', c] })
        .collect()
}

fn month(g: &str) -> String {
    format!(r"(?P<{g}>{})\.?", *MONTH_NAMES)
}
fn day(g: &str) -> String {
    // not the end of a longer number, nor an issue number ("#121 März 2019", "#12 März 2019")
    format!(r"(?<![\d#№])(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?")
}
fn year(g: &str) -> String {
    format!(r"(?P<{g}>(?:1[6-9]|20)\d\d)")
}

static DATE_RE: LazyLock<crate::rx::Rx> = LazyLock::new(|| {
    let alts = [
        r"(?P<iy>(?:1[6-9]|20)\d\d)[-/](?P<im>[01]?\d)[-/](?P<id>[0-3]?\d)(?!\d)".to_string(),
        r"(?<![\d./])(?P<nd>[0-3]?\d)[./](?P<nm>[0-3]?\d)[./](?P<ny>(?:1[6-9]|20)\d\d)(?!\d)".to_string(),
        // "May 3, 2011", and a range's first day: "May 3-5, 2011"
        format!(
            r"{}\s+{}(?:\s*[-–]\s*[0-3]?\d)?(?:\s*,\s*|\s+){}\b",
            month("am"),
            day("ad"),
            year("ay")
        ),
        format!(
            r"{}\.?(?:\s*[-–]\s*[0-3]?\d\.?)?(?:\s+(?:of|de))?\s+{},?(?:\s+de)?\s+{}\b",
            day("bd"),
            month("bm"),
            year("by")
        ),
        format!(r"{},?(?:\s+de)?\s+{}\b", month("cm"), year("cy")),
        r"\b(?P<yy>(?:1[6-9]|20)\d\d)\b(?!-\d{1,3}\b)".to_string(),
    ];
    crate::rx::Rx::new(&format!("(?i){}", alts.join("|")))
});
rx!(YEAR_RE = r"(?:1[6-9]|20)\d\d");

fn iso(year: &str, month: Option<u32>, day: Option<&str>) -> Option<String> {
    let y: u32 = year.parse().ok()?;
    let Some(m) = month else { return Some(format!("{y:04}")) };
    if !(1..=12).contains(&m) {
        return None;
    }
    let Some(d) = day else { return Some(format!("{y:04}-{m:02}")) };
    let d: u32 = d.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn match_to_iso(c: &crate::rx::Caps) -> Option<String> {
    if let Some(y) = named(c, "iy") {
        return iso(y, named(c, "im")?.parse().ok(), named(c, "id"));
    }
    if let Some(nd) = named(c, "nd") {
        let (mut d, mut m): (u32, u32) = (nd.parse().ok()?, named(c, "nm")?.parse().ok()?);
        if m > 12 && 12 >= d {
            std::mem::swap(&mut d, &mut m);
        }
        return iso(named(c, "ny")?, Some(m), Some(&d.to_string()));
    }
    if let Some(am) = named(c, "am") {
        return iso(named(c, "ay")?, month_number(am), named(c, "ad"));
    }
    if let Some(bm) = named(c, "bm") {
        return iso(named(c, "by")?, month_number(bm), named(c, "bd"));
    }
    if let Some(cm) = named(c, "cm") {
        return iso(named(c, "cy")?, month_number(cm), None);
    }
    iso(named(c, "yy")?, None, None)
}

/// Every date in `text` as (start, end, iso), in order.
pub fn find_dates(text: &str, allow_bare_year: bool) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    // every form holds a year: the date pattern reads only the stretches around one
    let years: Vec<(usize, usize)> = YEAR_RE.find_iter(text);
    if years.is_empty() {
        return out;
    }
    let windows = crate::text::merged_windows(text, &years, 48, 12);
    let matches = windows.into_iter().flat_map(|(lo, hi)| DATE_RE.captures_iter_in(text, lo, hi));
    for c in matches {
        if named(&c, "yy").is_some() && !allow_bare_year {
            continue;
        }
        if let Some(iso) = match_to_iso(&c) {
            let m = c.get(0).unwrap();
            out.push((m.start(), m.end(), iso));
        }
    }
    out
}
