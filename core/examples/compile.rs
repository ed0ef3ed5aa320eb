use std::time::Instant;
fn main() {
    let a = _core::rx::letters(r"(?:\b(?:[A-Z]\.|[A-Z][\w’'\-]*)[ \t]+){1,3}Alavi\b|\bAlavi(?:[ \t]+[A-Z][\w’'\-]*){1,2}");
    let b = r"(?:\b(?:(?:\p{Lu}|\p{Lt})\.|(?:\p{Lu}|\p{Lt})(?:\w|[’'\-])*)[ \t]+){1,3}Alavi\b|\bAlavi(?:[ \t]+(?:\p{Lu}|\p{Lt})(?:\w|[’'\-])*){1,2}";
    for (name, p) in [("class", a.as_str()), ("noclass", b)] {
        for jit in [true, false] {
            let t0 = Instant::now();
            for _ in 0..200 {
                let _ = pcre2::bytes::RegexBuilder::new().utf(true).ucp(true).jit_if_available(jit).build(p).unwrap();
            }
            println!("{name} jit={jit}: {:.1} us", t0.elapsed().as_secs_f64() * 1e6 / 200.0);
        }
    }
}
