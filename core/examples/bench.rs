//! The core alone, without Python: articles per second over the `.txt` files of a folder.
//!
//!     cargo run --release --example bench -- ../seeds            (ROUNDS=150 passes)
//!     cargo run --release --example bench --features profile -- ../seeds
//!
//! With `--features profile`, the time spent in each pattern is printed too. The figure the
//! project reports is `benchmarks/extract_speed.py` (the whole text path, from Python).
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).expect("a folder of .txt articles");
    let mut texts = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(p).unwrap());
        }
    }
    let hints = _core::extract::Hints::default();
    for t in &texts {
        _core::extract::extract(t, &hints);
    }
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(150);
    let t0 = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for t in &texts {
            std::hint::black_box(_core::extract::extract(t, &hints));
            n += 1;
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    println!("{:.0} articles/s", n as f64 / dt);
    #[cfg(feature = "profile")]
    {
        let mut p = _core::rx::PROFILE.lock().unwrap().clone();
        p.sort_by_key(|x| std::cmp::Reverse(x.1));
        for (pat, ns, calls) in p.iter().take(25) {
            println!(
                "{:8.1} us/article {:7} calls  {}",
                *ns as f64 / 1e3 / n as f64,
                calls / (n as u64),
                pat
            );
        }
    }
}
