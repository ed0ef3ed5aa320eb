//! Differential check: the hand-written name readers against the patterns they replace.
use _core::rx::{letters, Rx};
fn main() {
    let corpus: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap()).unwrap();
    let (mut checked, mut bad) = (0, 0);
    for (_, item) in corpus.as_object().unwrap() {
        let text = item["text"].as_str().unwrap();
        let mut words: Vec<&str> = _core::py::tokens(text);
        words.sort(); words.dedup();
        for w in words.iter().take(400) {
            let esc = _core::context::fancy_escape(w);
            let rx = Rx::new(&letters(&format!(r"(?:\b(?:[A-Z]\.|[A-Z][\w’'\-]*)[ \t]+){{1,3}}{esc}\b|\b{esc}(?:[ \t]+[A-Z][\w’'\-]*){{1,2}}")));
            let orx = Rx::new(&letters(&format!(r"((?:[A-Z][\w\-&.]*[ \t]+){{1,3}}){esc}\b")));
            for at in _core::text::word_positions(text, w, 0, text.len(), true) {
                let lo = _core::py::back(text, at, 60);
                let hi = _core::py::fwd(text, at + w.len(), 40);
                let a = rx.find_iter_in(text, lo, hi).into_iter().find(|&(s, e)| s <= at && at < e);
                let b = _core::context::name_around(text, w, at, lo, hi);
                checked += 1;
                if a != b { bad += 1; if bad < 10 { println!("around {w:?} at {at}: {a:?} vs {b:?} in {:?}", &text[lo..hi]); } }
                let hay = &text[..at + w.len()];
                let olo = _core::py::back(text, at, 50);
                let a = orx.search_at(hay, olo).map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()));
                let b = hay[olo..].char_indices().map(|(k, _)| olo + k).find_map(|p| _core::context::units_then_word(hay, p, w, _core::context::outlet_char, false, false).map(|e| (p, e)));
                if a != b { bad += 1; if bad < 10 { println!("outlet {w:?} at {at}: {a:?} vs {b:?} in {:?}", &text[olo..at + w.len()]); } }
            }
        }
    }
    println!("{checked} occurrences checked, {bad} differ");
}
