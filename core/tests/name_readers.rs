//! The hand-written name readers (`name_around`, `units_then_word`) against the patterns
//! they stand for, on every word of the repository's articles: they must find the same
//! names, since the patterns are the rules as first written and the readers only a faster
//! way to run them.

use _core::context::fancy_escape;
use _core::py::{back, fwd, tokens};
use _core::readers::{name_around, noun_names, outlet_char, title_before_name, units_then_word, NounName};
use _core::rx::{letters, Rx};
use _core::text::word_positions;
use std::path::Path;

fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut out = Vec::new();
    for dir in ["seeds", "tests/fixtures"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(text);
            }
        }
    }
    assert!(out.len() >= 5, "the seeds and fixtures are the test corpus");
    out
}

#[test]
fn readers_find_what_the_patterns_find() {
    let mut checked = 0;
    for text in articles() {
        let mut words = tokens(&text);
        words.sort_unstable();
        words.dedup();
        for w in words.into_iter().take(300) {
            let e = fancy_escape(w);
            let around = Rx::new(&letters(&format!(
                r"(?:\b(?:[A-Z]\.|[A-Z][\w’'\-]*)[ \t]+){{1,3}}{e}\b|\b{e}(?:[ \t]+[A-Z][\w’'\-]*){{1,2}}"
            )));
            let outlet = Rx::new(&letters(&format!(r"((?:[A-Z][\w\-&.]*[ \t]+){{1,3}}){e}\b")));
            for at in word_positions(&text, w, 0, text.len(), true) {
                let (lo, hi) = (back(&text, at, 60), fwd(&text, at + w.len(), 40));
                let by_pattern = around.find_iter_in(&text, lo, hi).into_iter().find(|&(s, e)| s <= at && at < e);
                assert_eq!(name_around(&text, w, at, lo, hi), by_pattern, "name around {w:?} at {at}");
                let hay = &text[..at + w.len()];
                let from = back(&text, at, 50);
                let by_pattern = outlet
                    .search_at(hay, from)
                    .map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()));
                let by_reader = hay[from..]
                    .char_indices()
                    .map(|(k, _)| from + k)
                    .find_map(|p| units_then_word(hay, p, w, outlet_char, false, false).map(|e| (p, e)));
                assert_eq!(by_reader, by_pattern, "outlet name before {w:?} at {at}");
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} words checked");
}

#[test]
fn noun_readers_find_what_the_patterns_find() {
    let nouns = [
        "account",
        "company",
        "report",
        "mayor",
        "group",
        "office",
        "statement",
        "minister",
        "regime",
        "website",
        "spokesman",
    ];
    let mut checked = 0;
    for text in articles() {
        for noun in nouns {
            let n = fancy_escape(noun);
            let pattern = Rx::new(&letters(&format!(
                r"((?:[A-Z][\w\-]*\s+(?:(?:of|for|and)\s+)?){{1,5}}){n}s?\b|\b{n}\s+(?:called|named)\s+([A-Z][\w’'\-]*(?:\s+(?:for\s+|of\s+|and\s+)?[A-Z][\w’'\-]*){{0,4}})"
            )));
            let by_pattern: Vec<String> = pattern
                .captures_iter(&text)
                .iter()
                .map(|c| match c.get(2) {
                    Some(g) => format!("called {}", g.as_str()),
                    None => format!("before {}", c.get(1).unwrap().as_str()),
                })
                .collect();
            let by_reader: Vec<String> = noun_names(&text, 0, noun)
                .into_iter()
                .map(|f| match f {
                    NounName::Called(g) => format!("called {g}"),
                    NounName::Before(g) => format!("before {g}"),
                })
                .collect();
            assert_eq!(by_reader, by_pattern, "names around {noun:?}");
            let first = &noun[..1];
            let titled = Rx::new(&letters(&format!(
                r"\b[{}{first}]{}\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,2}})",
                first.to_uppercase(),
                &n[1..]
            )));
            for (at, _) in text.char_indices() {
                let by_pattern = titled
                    .match_at(&text, at)
                    .map(|c| (c.get(1).unwrap().start(), c.get(1).unwrap().end()));
                assert_eq!(title_before_name(&text, at, noun), by_pattern, "title {noun:?} at {at}");
            }
            checked += by_pattern.len();
        }
    }
    assert!(checked > 20, "only {checked} names around nouns checked");
}
