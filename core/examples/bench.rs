use std::time::Instant;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut texts = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") { texts.push(std::fs::read_to_string(p).unwrap()); }
    }
    let hints = _core::extract::Hints::default();
    for t in &texts { _core::extract::extract(t, &hints); }
    let t0 = Instant::now(); let mut n = 0;
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(150);
    for _ in 0..rounds { for t in &texts { std::hint::black_box(_core::extract::extract(t, &hints)); n += 1; } }
    let dt = t0.elapsed().as_secs_f64();
    println!("{:.0} articles/s", n as f64 / dt);
}
