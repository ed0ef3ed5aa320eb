use std::time::Instant;
use _core::*;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut texts = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") { texts.push(std::fs::read_to_string(p).unwrap()); }
    }
    let hints = extract::Hints::default();
    for t in &texts { extract::extract(t, &hints); }
    let n = 40;
    let time = |name: &str, f: &dyn Fn(&str)| {
        let t0 = Instant::now();
        for _ in 0..n { for t in &texts { f(t); } }
        println!("{name:>14}: {:7.1} us/article", t0.elapsed().as_secs_f64() * 1e6 / (n * texts.len()) as f64);
    };
    time("all", &|t| { std::hint::black_box(extract::extract(t, &hints)); });
    time("reflist", &|t| { std::hint::black_box(references::find_reference_list(t)); });
    time("markers", &|t| { std::hint::black_box(markers::find_markers(t, Some(30))); });
    time("paragraphs", &|t| { std::hint::black_box(text::paragraphs(t, 0, t.len())); });
    time("quotes", &|t| { let p = text::paragraphs(t, 0, t.len()); std::hint::black_box(quotes::find_raw_quotes(t, &p)); });
    time("sentences", &|t| { let p = text::paragraphs(t, 0, t.len()); for x in &p { std::hint::black_box(text::sentences(t, *x, &[], &[])); } });
    time("title", &|t| { std::hint::black_box(metadata::title_of(t, t.len())); });
    time("byline", &|t| { std::hint::black_box(metadata::byline_of(t, t.len())); });
    time("published", &|t| { std::hint::black_box(metadata::published_of(t)); });
    time("mentions", &|t| { let s = vec![(0usize, t.len())]; std::hint::black_box(mentions::find_mentions(t, &s, None, &Default::default())); });
    time("names_in", &|t| { std::hint::black_box(names::names_in(t, 0)); });
    time("blank", &|t| { std::hint::black_box(extract::blank_aligned(t, &[(10, 5000)])); });
}
