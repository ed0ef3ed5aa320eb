//! Patterns with the semantics of Python's `re`, in which the rules were first written: PCRE2 (a backtracking
//! engine, as `re` is, JIT-compiled) in Unicode mode, so `\b`, `\w` and lookbehinds read
//! non-ASCII text as `re` does. Offsets are bytes into UTF-8.

use pcre2::bytes::{Regex, RegexBuilder};
use std::collections::HashMap;
use std::sync::Arc;

thread_local! {
    static LOCATIONS: std::cell::RefCell<HashMap<usize, pcre2::bytes::CaptureLocations>> = std::cell::RefCell::new(HashMap::new());
}

static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

#[cfg(feature = "profile")]
pub static PROFILE: std::sync::Mutex<Vec<(String, u128, u64)>> = std::sync::Mutex::new(Vec::new());

#[cfg(feature = "profile")]
fn record(id: usize, pattern: &str, t: std::time::Instant) {
    let mut p = PROFILE.lock().unwrap();
    let k = id / 3;
    if p.len() <= k {
        p.resize(k + 1, (String::new(), 0, 0));
    }
    p[k].0 = pattern.chars().take(90).collect();
    p[k].1 += t.elapsed().as_nanos();
    p[k].2 += 1;
}

pub struct Rx {
    id: usize,
    source: String,
    re: Regex,
    at: std::sync::OnceLock<Regex>,
    full: std::sync::OnceLock<Regex>,
    names: Arc<HashMap<String, usize>>,
}

/// One match's groups, as `re.Match` gives them.
pub struct Caps<'t> {
    text: &'t str,
    spans: Vec<Option<(usize, usize)>>,
    names: Arc<HashMap<String, usize>>,
}

#[derive(Clone, Copy)]
pub struct M<'t> {
    text: &'t str,
    s: usize,
    e: usize,
}

impl<'t> M<'t> {
    pub fn start(&self) -> usize {
        self.s
    }
    pub fn end(&self) -> usize {
        self.e
    }
    pub fn as_str(&self) -> &'t str {
        &self.text[self.s..self.e]
    }
}

impl<'t> Caps<'t> {
    pub fn get(&self, i: usize) -> Option<M<'t>> {
        self.spans.get(i).copied().flatten().map(|(s, e)| M { text: self.text, s, e })
    }
    pub fn name(&self, n: &str) -> Option<M<'t>> {
        self.names.get(n).and_then(|&i| self.get(i))
    }
}

const JIT_STACK_BYTES: usize = 8 * 1024 * 1024;

fn build(p: &str) -> Regex {
    RegexBuilder::new()
        .utf(true)
        .ucp(true)
        .jit_if_available(true)
        // the JIT's default 32 KiB stack runs out on a long title between quote marks (the
        // fuzzer found one); the stack grows to this only where a match needs it
        .max_jit_stack_size(Some(JIT_STACK_BYTES))
        .build(p)
        .unwrap_or_else(|e| panic!("bad pattern {p}: {e}"))
}

impl Rx {
    pub fn new(pattern: &str) -> Rx {
        let re = build(pattern);
        let names = re
            .capture_names()
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.clone().map(|n| (n, i)))
            .collect();
        Rx {
            id: NEXT_ID.fetch_add(3, std::sync::atomic::Ordering::Relaxed),
            source: pattern.to_string(),
            re,
            at: std::sync::OnceLock::new(),
            full: std::sync::OnceLock::new(),
            names: Arc::new(names),
        }
    }

    fn variant(&self, which: usize) -> &Regex {
        match which {
            0 => &self.re,
            1 => self.at.get_or_init(|| build(&format!(r"\G(?:{})", self.source))),
            _ => self.full.get_or_init(|| build(&format!(r"\A(?:{})\z", self.source))),
        }
    }

    fn caps<'t>(&self, which: usize, text: &'t str, pos: usize) -> Option<Caps<'t>> {
        // match data is costly to make: one per pattern and thread, reused
        LOCATIONS.with(|cell| {
            let mut pool = cell.borrow_mut();
            let re = self.variant(which);
            let locs = pool.entry(self.id + which).or_insert_with(|| re.capture_locations());
            #[cfg(feature = "profile")]
            let t = std::time::Instant::now();
            let r = re.captures_read_at(locs, text.as_bytes(), pos);
            #[cfg(feature = "profile")]
            record(self.id, self.re.as_str(), t);
            match r {
                Ok(Some(_)) => {}
                Ok(None) => return None,
                // a resource limit hit on a pathological input: no match here, rather than
                // the whole article failing
                Err(_) => return None,
            }
            let spans = (0..locs.len()).map(|i| locs.get(i)).collect();
            Some(Caps {
                text,
                spans,
                names: self.names.clone(),
            })
        })
    }

    /// `pattern.search(text)`
    pub fn search<'t>(&self, text: &'t str) -> Option<Caps<'t>> {
        self.caps(0, text, 0)
    }
    /// `pattern.search(text, pos)` (callers slice `text` for an end position)
    pub fn search_at<'t>(&self, text: &'t str, pos: usize) -> Option<Caps<'t>> {
        self.caps(0, text, pos)
    }
    pub fn is_match(&self, text: &str) -> bool {
        self.re.is_match(text.as_bytes()).unwrap_or(false)
    }
    pub fn find(&self, text: &str) -> Option<(usize, usize)> {
        self.re.find(text.as_bytes()).ok().flatten().map(|m| (m.start(), m.end()))
    }
    /// `pattern.match(text)`
    pub fn match_<'t>(&self, text: &'t str) -> Option<Caps<'t>> {
        self.caps(1, text, 0)
    }
    /// `pattern.match(text, pos)`: lookbehinds see what lies before `pos`, as in `re`.
    pub fn match_at<'t>(&self, text: &'t str, pos: usize) -> Option<Caps<'t>> {
        self.caps(1, text, pos)
    }
    pub fn fullmatch<'t>(&self, text: &'t str) -> Option<Caps<'t>> {
        self.caps(2, text, 0)
    }
    pub fn full_is(&self, text: &str) -> bool {
        self.variant(2).is_match(text.as_bytes()).unwrap_or(false)
    }
    /// `pattern.finditer(text, lo, hi)`: spans of the whole matches.
    pub fn find_iter_in(&self, text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
        let hay = &text.as_bytes()[..hi];
        let mut out = Vec::new();
        let mut pos = lo;
        while pos <= hay.len() {
            #[cfg(feature = "profile")]
            let t = std::time::Instant::now();
            let r = self.re.find_at(hay, pos);
            #[cfg(feature = "profile")]
            record(self.id, self.re.as_str(), t);
            match r {
                Ok(Some(m)) => {
                    out.push((m.start(), m.end()));
                    pos = if m.end() == m.start() {
                        crate::py::after_char(text, m.end())
                    } else {
                        m.end()
                    };
                }
                _ => break,
            }
        }
        out
    }
    pub fn find_iter(&self, text: &str) -> Vec<(usize, usize)> {
        self.find_iter_in(text, 0, text.len())
    }
    pub fn captures_iter_in<'t>(&self, text: &'t str, lo: usize, hi: usize) -> Vec<Caps<'t>> {
        let hay = &text[..hi];
        let mut out = Vec::new();
        let mut pos = lo;
        while pos <= hay.len() {
            match self.caps(0, hay, pos) {
                Some(c) => {
                    let m = c.get(0).unwrap();
                    pos = if m.end() == m.start() {
                        crate::py::after_char(text, m.end())
                    } else {
                        m.end()
                    };
                    out.push(Caps { text, ..c });
                }
                None => break,
            }
        }
        out
    }
    pub fn captures_iter<'t>(&self, text: &'t str) -> Vec<Caps<'t>> {
        self.captures_iter_in(text, 0, text.len())
    }
    /// `pattern.findall(text)` for a pattern without groups: the matched texts.
    pub fn findall<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.find_iter(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }
    /// `pattern.sub(rep, text)` with a literal replacement.
    pub fn sub(&self, rep: &str, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (a, b) in self.find_iter(text) {
            out.push_str(&text[last..a]);
            out.push_str(rep);
            last = b;
        }
        out.push_str(&text[last..]);
        out
    }
    /// `re.split(pattern, text)` for a pattern without groups.
    pub fn split<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let mut out = Vec::new();
        let mut last = 0;
        for (a, b) in self.find_iter(text) {
            if a == b && (a == 0 || a == text.len()) {
                continue;
            }
            out.push(&text[last..a]);
            last = b;
        }
        out.push(&text[last..]);
        out
    }
}

pub fn span(c: &Caps, i: usize) -> Option<(usize, usize)> {
    c.get(i).map(|m| (m.start(), m.end()))
}
pub fn group<'t>(c: &Caps<'t>, i: usize) -> &'t str {
    c.get(i).map_or("", |m| m.as_str())
}
pub fn named<'t>(c: &Caps<'t>, name: &str) -> Option<&'t str> {
    c.name(name).map(|m| m.as_str())
}

/// `[A-Z]`, `[a-z]` and `[A-Za-z]` widened to every capital, small or any letter.
pub fn letters(pattern: &str) -> String {
    pattern
        .replace("[A-Za-z]", r"[\p{Lu}\p{Lt}\p{Ll}]")
        .replace("[A-Z]", r"[A-Z\p{Lu}\p{Lt}]")
        .replace("[a-z]", r"[a-z\p{Ll}]")
}

#[macro_export]
macro_rules! rx {
    (pub $name:ident = $pat:expr) => {
        pub static $name: std::sync::LazyLock<$crate::rx::Rx> = std::sync::LazyLock::new(|| $crate::rx::Rx::new(&$pat));
    };
    ($name:ident = $pat:expr) => {
        static $name: std::sync::LazyLock<$crate::rx::Rx> = std::sync::LazyLock::new(|| $crate::rx::Rx::new(&$pat));
    };
}
