//! In-text mentions of a publication's reporting, without a footnote ("As The Intercept
//! reported last June"), with when the text says it was.

use crate::dates::{find_dates, month_number};
use crate::lexicon::{sorted_words, LEX};
use crate::names::{fold_name, is_outlet_name};
use crate::py;
use crate::rx::{group, letters, Rx};
use crate::text::{merged_windows, word_positions};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

#[derive(Clone, Debug)]
pub struct Mention {
    pub outlet: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub when: Option<String>,
}

struct Cue {
    rx: Rx,
    /// the words one of which the cue holds: only windows around them are searched
    words: Vec<&'static str>,
    tail: Option<Rx>,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    let outlet = letters(r"((?:[Tt]he\s+)?[A-Z][\w\-&.]*+(?:\s+(?:of\s+|and\s+)?[A-Z][\w\-&.]*+){0,4})");
    // "an Intercept investigation", "as The Intercept reported", "disclosed by The Intercept"
    let (work_words, reported_words, disclosed_words) = (
        sorted_words(&LEX.work_words),
        sorted_words(&LEX.reported_words),
        sorted_words(&LEX.disclosed_words),
    );
    let work = format!("(?:{})", work_words.join("|"));
    let reported = format!("(?:{})", reported_words.join("|"));
    let disclosed = format!("(?:{})", disclosed_words.join("|"));
    vec![
        Cue {
            rx: Rx::new(&format!(r"\b[Aa]s\s+{outlet}\s+(?:first\s+|had\s+|has\s+)?{reported}")),
            words: reported_words.clone(),
            tail: None,
        },
        Cue {
            rx: Rx::new(&format!(r"\b[Aa]n?\s+(?:\w+\s+)?{work}\s+(?:by|in|from)\s+{outlet}")),
            words: work_words.clone(),
            tail: None,
        },
        Cue {
            rx: Rx::new(&format!(r"\b{outlet}(?:[’']s)?\s+(?:(?:19|20)\d\d\s+)?{work}\b")),
            words: work_words.clone(),
            tail: None,
        },
        Cue {
            rx: Rx::new(&format!(r"\b{outlet}\s+{disclosed}\s+(?:that|last|in|on|earlier|this)\b")),
            words: disclosed_words.clone(),
            tail: None,
        },
        Cue {
            rx: Rx::new(&format!(r"\b{disclosed}\s+by\s+{outlet}")),
            words: disclosed_words.clone(),
            tail: Some(Rx::new(r"\s+by\b")),
        },
    ]
});
// "last June": a month named in full (not "May", a verb as often as a month)
static LAST_MONTH: LazyLock<Rx> = LazyLock::new(|| {
    let mut names: Vec<&str> = LEX
        .months
        .keys()
        .map(String::as_str)
        .filter(|m| m.len() > 3 && *m != "may")
        .collect();
    names.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    Rx::new(&format!(r"(?i)\blast\s+({})\b", names.join("|")))
});
rx!(LAST_YEAR = r"(?i)\blast\s+year\b");
rx!(THIS_YEAR = r"(?i)\bthis\s+year\b");
rx!(POSSESSIVE_END = r"[’']s$");

/// Mentions in the (quotation-masked) body, one per outlet per sentence.
pub fn find_mentions(masked: &str, sentences: &[(usize, usize)], published: Option<&str>, known: &HashSet<String>) -> Vec<Mention> {
    let starts: Vec<usize> = sentences.iter().map(|s| s.0).collect();
    let mut out = Vec::new();
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    let mut hits: HashMap<&str, Vec<usize>> = HashMap::new();
    for cue in CUES.iter() {
        let mut found: Vec<crate::rx::Caps> = Vec::new();
        let mut found_at: HashSet<usize> = HashSet::new();
        for (lo, hi) in windows(masked, &cue.words, cue.tail.as_ref(), &mut hits, 90) {
            for c in cue.rx.captures_iter_in(masked, lo, hi) {
                if found_at.insert(c.get(0).unwrap().start()) {
                    found.push(c);
                }
            }
        }
        for c in found {
            let m = c.get(0).unwrap();
            let i = starts.partition_point(|&s| s <= m.start());
            if i == 0 || m.start() >= sentences[i - 1].1 {
                continue;
            }
            let i = i - 1;
            let (s, e) = sentences[i];
            if m.end() > e {
                continue;
            }
            let Some(outlet) = outlet_of(group(&c, 1), known) else { continue };
            if !seen.insert((i, fold_name(&outlet))) {
                continue;
            }
            let near = &masked[s.max(py::back(masked, m.start(), 30))..e.min(py::fwd(masked, m.end(), 25))];
            out.push(Mention {
                outlet,
                start: m.start(),
                end: m.end(),
                text: py::join_ws(&masked[s..e]),
                when: when(near, published),
            });
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

fn windows<'w>(
    text: &str,
    words: &[&'w str],
    tail: Option<&Rx>,
    hits: &mut HashMap<&'w str, Vec<usize>>,
    reach: usize,
) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for &w in words {
        let positions = hits.entry(w).or_insert_with(|| word_positions(text, w, 0, text.len(), true));
        for &at in positions.iter() {
            let mut end = at + w.len();
            if let Some(t) = tail {
                match t.match_(&text[end..]) {
                    Some(m) => end += m.get(0).unwrap().end(),
                    None => continue,
                }
            }
            spans.push((at, end));
        }
    }
    spans.sort_unstable();
    merged_windows(text, &spans, reach, reach)
}

fn outlet_of(np: &str, known: &HashSet<String>) -> Option<String> {
    let np = py::strip(np, " .,");
    let np = np.rsplit(" of ").next().unwrap_or(np);
    let mut words: Vec<String> = py::split_ws(np).iter().map(|w| w.to_string()).collect();
    while words.len() > 1 {
        let low = py::lower(&words[0]);
        if low != "the" && (LEX.not_names.contains(&low) || low.ends_with("ing")) {
            words.remove(0);
        } else {
            break;
        }
    }
    if words.len() > 1 && py::lower(&words[0]) == "the" {
        words[0] = "The".to_string();
    }
    for k in (1..=words.len()).rev() {
        let cand = POSSESSIVE_END.sub("", &words[..k].join(" "));
        if is_outlet_name(&cand) || known.contains(&fold_name(&cand)) {
            return Some(cand);
        }
    }
    None
}

fn when(sentence: &str, published: Option<&str>) -> Option<String> {
    let dated = find_dates(sentence, true);
    if !dated.is_empty() {
        let mut best = &dated[0].2;
        for d in &dated {
            if d.2.len() > best.len() {
                best = &d.2;
            }
        }
        return Some(best.chars().take(7).collect());
    }
    if let (Some(c), Some(p)) = (LAST_MONTH.search(sentence), published) {
        let month = month_number(group(&c, 1))?;
        let year: i32 = p.get(..4)?.parse().ok()?;
        let pub_month: u32 = if p.len() >= 7 { p[5..7].parse().ok()? } else { 12 };
        return Some(format!("{:04}-{:02}", if month < pub_month { year } else { year - 1 }, month));
    }
    if let Some(p) = published {
        if LAST_YEAR.is_match(sentence) {
            let year: i32 = p.get(..4)?.parse().ok()?;
            return Some(format!("{:04}", year - 1));
        }
        // "this year, an Intercept investigation…": a report of the article's own year, so
        // not one from an earlier year the article cites elsewhere
        if THIS_YEAR.is_match(sentence) {
            return Some(p.get(..4)?.to_string());
        }
    }
    None
}
