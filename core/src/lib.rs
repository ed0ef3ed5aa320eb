//! provgraph's text path, compiled: the extraction rules of `provgraph.loaders`, run on an
//! article's text and returned as tuples in the field order of the Python model's records.
//! `RECORD_FIELDS` names those fields, and the Python side checks its dataclasses against
//! them when it imports the core, so a field added on one side only fails loudly.

pub mod py;
#[macro_use]
pub mod rx;
pub mod attribution;
pub mod context;
pub mod dates;
pub mod extract;
pub mod lexicon;
pub mod markers;
pub mod mentions;
pub mod metadata;
pub mod names;
pub mod quotes;
pub mod readers;
pub mod references;
pub mod reflist;
pub mod scholarly;
pub mod speakers;
pub mod text;

use pyo3::prelude::*;

/// Each record's tuple fields, in order, as the Python model's dataclasses name them.
const RECORD_FIELDS: [(&str, &[&str]); 7] = [
    ("DocumentMeta", &["title", "byline", "authors", "published"]),
    (
        "Reference",
        &["n", "raw", "start", "end", "ibid_of", "authors", "title", "outlet", "date", "url"],
    ),
    ("Marker", &["numbers", "start", "end", "style"]),
    (
        "Quote",
        &[
            "id",
            "text",
            "start",
            "end",
            "spans",
            "speaker",
            "speaker_kind",
            "outlet",
            "refs",
            "attribution",
            "speaker_via",
        ],
    ),
    ("Claim", &["id", "text", "start", "end", "refs", "quotes"]),
    ("Mention", &["outlet", "start", "end", "text", "when"]),
    ("Warning", &["code", "message", "start"]),
];

type Meta = (Option<String>, Option<String>, Vec<String>, Option<String>);
type RefRow = (
    i64,
    String,
    usize,
    usize,
    Option<i64>,
    Vec<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);
type MarkerRow = (Vec<i64>, usize, usize, &'static str);
type QuoteRow = (
    String,
    String,
    usize,
    usize,
    Vec<(usize, usize)>,
    Option<String>,
    Option<String>,
    Option<String>,
    Vec<i64>,
    Option<String>,
    Option<String>,
);
type ClaimRow = (String, String, usize, usize, Vec<i64>, Vec<String>);
type MentionRow = (String, usize, usize, String, Option<String>);
type WarningRow = (String, String, Option<usize>);
type Parts = (
    Meta,
    Vec<RefRow>,
    Vec<MarkerRow>,
    Vec<QuoteRow>,
    Vec<ClaimRow>,
    Vec<MentionRow>,
    Vec<WarningRow>,
);

/// Read text with the lexicon `json` (shaped like `loaders/lexicon.json`) from now on; an error
/// says what in it is wrong, or that text has already been read with another.
#[pyfunction]
fn choose_lexicon(json: &str) -> PyResult<()> {
    lexicon::choose(json).map_err(pyo3::exceptions::PyValueError::new_err)
}

/// Extract references, markers, quotations, claims, mentions and metadata from `text`, as
/// tuples in the fields' order of the Python model's dataclasses (offsets in characters).
/// `title`, `byline`, `published`: what an HTML or Markdown reader already found, which the
/// text's own guesses do not override.
#[pyfunction]
#[pyo3(name = "extract", signature = (text, title=None, byline=None, published=None))]
fn extract_parts(py: Python<'_>, text: &str, title: Option<String>, byline: Option<String>, published: Option<String>) -> Parts {
    let hints = extract::Hints { title, byline, published };
    let e = py.allow_threads(|| extract::extract(text, &hints));
    (
        (e.meta.title, e.meta.byline, e.meta.authors, e.meta.published),
        e.references
            .into_iter()
            .map(|r| (r.n, r.raw, r.start, r.end, r.ibid_of, r.authors, r.title, r.outlet, r.date, r.url))
            .collect(),
        e.markers.into_iter().map(|m| (m.numbers, m.start, m.end, m.style)).collect(),
        e.quotes
            .into_iter()
            .map(|q| {
                (
                    q.id,
                    q.text,
                    q.start,
                    q.end,
                    q.spans,
                    q.speaker,
                    q.speaker_kind,
                    q.outlet,
                    q.refs,
                    q.attribution,
                    q.speaker_via,
                )
            })
            .collect(),
        e.claims
            .into_iter()
            .map(|c| (c.id, c.text, c.start, c.end, c.refs, c.quotes))
            .collect(),
        e.mentions.into_iter().map(|m| (m.outlet, m.start, m.end, m.text, m.when)).collect(),
        e.warnings.into_iter().map(|w| (w.code, w.message, w.start)).collect(),
    )
}

/// The comparison key of a name (see `provgraph.loaders.names.fold_name`).
#[pyfunction]
fn fold_name(name: &str) -> String {
    names::fold_name(name)
}

/// "Hussain, Murtaza" -> "Murtaza Hussain"; other names as printed.
#[pyfunction]
fn person_from_citation(author: &str) -> String {
    names::person_from_citation(author)
}

/// Whether a name reads as an organisation (or a publication) rather than a person.
#[pyfunction]
fn is_org(name: &str) -> bool {
    names::is_org(name)
}

/// The first date printed in `text`, as ISO `YYYY[-MM[-DD]]`.
#[pyfunction]
fn parse_date(text: &str) -> Option<String> {
    dates::find_dates(text, true).into_iter().next().map(|d| d.2)
}

/// A month's number from its name or abbreviation ("Sept." -> 9).
#[pyfunction]
fn month_number(name: &str) -> Option<u32> {
    dates::month_number(name)
}

/// Whether a line is a reference list's heading ("Notes", "## References", "Sources:").
#[pyfunction]
fn is_reference_heading(line: &str) -> bool {
    references::is_heading(line)
}

/// The footnote markers of a body (JSON; offsets in characters).
#[pyfunction]
#[pyo3(signature = (body, limit=None))]
fn find_markers_json(body: &str, limit: Option<i64>) -> String {
    let mut found = markers::find_markers(body, limit);
    let c = extract::CharOffsets::new(body);
    for m in found.iter_mut() {
        m.start = c.at(m.start);
        m.end = c.at(m.end);
    }
    serde_json::to_string(&found).unwrap_or_default()
}

/// The article's reference list (JSON `{start, end, references}`, or `null`).
#[pyfunction]
fn find_reference_list_json(text: &str) -> String {
    let c = extract::CharOffsets::new(text);
    let found = reflist::find_reference_list(text).map(|r| {
        let refs: Vec<references::Reference> = r
            .references
            .into_iter()
            .map(|x| references::Reference {
                start: c.at(x.start),
                end: c.at(x.end),
                ..x
            })
            .collect();
        serde_json::json!({"start": c.at(r.start), "end": c.at(r.end), "references": refs})
    });
    serde_json::to_string(&found).unwrap_or_default()
}

/// One reference entry cut into fields (JSON).
#[pyfunction]
fn parse_reference_json(n: i64, raw: &str) -> String {
    serde_json::to_string(&references::parse_reference(n, raw, 0, 0)).unwrap_or_default()
}

/// Whether the core was compiled with optimisations (a debug build is some 15 times slower).
#[pyfunction]
fn optimized() -> bool {
    !cfg!(debug_assertions)
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // a panic reaches Python as an exception whose message the loaders put in the file's one
    // error line; the default hook would also print it, with a backtrace, to the terminal
    std::panic::set_hook(Box::new(|_| {}));
    let fields = pyo3::types::PyDict::new(m.py());
    for (record, names) in RECORD_FIELDS {
        fields.set_item(record, names.to_vec())?;
    }
    m.add("RECORD_FIELDS", fields)?;
    m.add_function(wrap_pyfunction!(choose_lexicon, m)?)?;
    m.add_function(wrap_pyfunction!(extract_parts, m)?)?;
    m.add_function(wrap_pyfunction!(fold_name, m)?)?;
    m.add_function(wrap_pyfunction!(optimized, m)?)?;
    m.add_function(wrap_pyfunction!(person_from_citation, m)?)?;
    m.add_function(wrap_pyfunction!(is_org, m)?)?;
    m.add_function(wrap_pyfunction!(parse_date, m)?)?;
    m.add_function(wrap_pyfunction!(month_number, m)?)?;
    m.add_function(wrap_pyfunction!(is_reference_heading, m)?)?;
    m.add_function(wrap_pyfunction!(find_markers_json, m)?)?;
    m.add_function(wrap_pyfunction!(find_reference_list_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_reference_json, m)?)?;
    Ok(())
}
