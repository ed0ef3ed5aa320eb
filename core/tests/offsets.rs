//! Offsets the core reports are characters, as Python (and the user) counts them, and every
//! quotation's offsets point at its words.

use _core::extract::{extract, Hints};

#[test]
fn quotation_offsets_are_characters_and_point_at_the_words() {
    let text = "Élise Moreau’s office — in Zürich — said: “Die Lage ist ernst, sagte sie heute früh.” [1]\n\nNotes\n[1] Müller, Jörg, “Lage”, Neue Zürcher Zeitung, 3 March 2021.";
    let found = extract(text, &Hints::default());
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(found.quotes.len(), 1);
    let q = &found.quotes[0];
    let quoted: String = chars[q.start..q.end].iter().collect();
    assert_eq!(quoted, q.text);
    assert_eq!(q.refs, vec![1]);
    let r = &found.references[0];
    assert_eq!(
        chars[r.start..r.end].iter().collect::<String>(),
        "[1] Müller, Jörg, “Lage”, Neue Zürcher Zeitung, 3 March 2021."
    );
    assert_eq!(r.authors, vec!["Jörg Müller".to_string()]);
}

#[test]
fn empty_and_odd_texts_do_not_panic() {
    for text in [
        "",
        " ",
        "“",
        "”[1]",
        "a.1",
        "\u{1F600}“x y z w v u t”",
        "[^1]: ibid.\n[2] ibid",
        "¹²³ ⁴",
        "“\n\n”",
    ] {
        let _ = extract(text, &Hints::default());
    }
}
