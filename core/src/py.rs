//! Python's string semantics, where the rules depend on them: what `str.split()`,
//! `str.strip(chars)`, `str.isupper()` and friends answer, on byte offsets into UTF-8.

/// `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// What `re`'s `\w` matches in a str pattern (`str.isalnum()` or `_`).
pub fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub fn split_ws(s: &str) -> Vec<&str> {
    s.split(is_space).filter(|w| !w.is_empty()).collect()
}

/// `" ".join(s.split())`
pub fn join_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

pub fn strip<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_matches(|c: char| chars.contains(c))
}
pub fn lstrip<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_start_matches(|c: char| chars.contains(c))
}
pub fn rstrip<'a>(s: &'a str, chars: &str) -> &'a str {
    s.trim_end_matches(|c: char| chars.contains(c))
}
pub fn strip_ws(s: &str) -> &str {
    s.trim_matches(is_space)
}
pub fn rstrip_ws(s: &str) -> &str {
    s.trim_end_matches(is_space)
}
pub fn lstrip_ws(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

fn is_title(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | 'ᾈ'..='ᾏ' | 'ᾘ'..='ᾟ' | 'ᾨ'..='ᾯ' | 'ᾼ' | 'ῌ' | 'ῼ')
}

/// `str.isupper()`: some cased character and none lower case.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_title(c) {
            return false;
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    cased
}
/// `str.islower()`
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title(c) {
            return false;
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    cased
}
pub fn char_upper(c: char) -> bool {
    c.is_uppercase() || is_title(c)
}
/// `w[:1].isupper()`
pub fn first_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char_upper)
}
pub fn is_alpha(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphabetic)
}
/// `str.isdigit()` for one character (superscripts count, as in Python).
pub fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '¹' | '²' | '³' | '⁰'..='⁹')
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
        || ('\u{0966}'..='\u{096F}').contains(&c)
}
pub fn is_alnum_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character at byte `i`, if any.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}
/// The character before byte `i`, if any.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}
/// The nearest char boundary at or before byte `i` (clamped to the string).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offset `n` characters before `i` (0 at the start).
pub fn back(s: &str, i: usize, n: usize) -> usize {
    if n == 0 {
        return i;
    }
    match s[..i].char_indices().rev().nth(n - 1) {
        Some((k, _)) => k,
        None => 0,
    }
}
/// Byte offset `n` characters after `i` (the end at most).
pub fn fwd(s: &str, i: usize, n: usize) -> usize {
    if n == 0 {
        return i;
    }
    match s[i..].char_indices().nth(n) {
        Some((k, _)) => i + k,
        None => s.len(),
    }
}
/// The end of the character that starts at `i`.
pub fn after_char(s: &str, i: usize) -> usize {
    i + char_at(s, i).map_or(1, char::len_utf8)
}
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}
/// `s.endswith(tuple)` / `startswith`
pub fn ends_any(s: &str, ends: &[&str]) -> bool {
    ends.iter().any(|e| s.ends_with(e))
}
/// `s.capitalize()`
pub fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &lower(cs.as_str()),
        None => String::new(),
    }
}

/// `re.sub(r"\s+", " ", s)`: runs of whitespace to one space, edges kept as one space.
pub fn join_ws_keep_edges(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_ws = false;
    for c in s.chars() {
        if is_space(c) {
            if !in_ws {
                out.push(' ');
            }
            in_ws = true;
        } else {
            out.push(c);
            in_ws = false;
        }
    }
    out
}

/// What `letters("[A-Za-z]")` matches: a capital, title-case or small letter.
pub fn is_cased_letter(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_title(c)
}

/// Spans of `[A-Za-z][\w’'\-]*` (letters widened): a word that starts with a letter and
/// goes on through word characters, apostrophes and hyphens. A scan, not a pattern.
pub fn token_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_cased_letter(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if is_word(d) || d == '’' || d == '\'' || d == '-' {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        out.push((i, end));
    }
    out
}

pub fn tokens(text: &str) -> Vec<&str> {
    token_spans(text).into_iter().map(|(a, b)| &text[a..b]).collect()
}

/// `[A-Za-z]+` (ASCII letters only): runs of them.
pub fn ascii_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect()
}

/// `[^\W_]+(?:[’'\-][^\W_]+)*`: words of letters and digits, joined by an apostrophe or a
/// hyphen ("don’t", "pro-Trump").
pub fn words(text: &str) -> Vec<&str> {
    let alnum = |c: char| c.is_alphanumeric();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if !alnum(chars[k].1) {
            k += 1;
            continue;
        }
        let start = chars[k].0;
        while k < chars.len() && alnum(chars[k].1) {
            k += 1;
        }
        while k + 1 < chars.len() && matches!(chars[k].1, '’' | '\'' | '-') && alnum(chars[k + 1].1) {
            k += 1;
            while k < chars.len() && alnum(chars[k].1) {
                k += 1;
            }
        }
        let end = if k < chars.len() { chars[k].0 } else { text.len() };
        out.push(&text[start..end]);
    }
    out
}

/// The words of a text in lower case, without the punctuation around them: how a quotation
/// is compared with another, or with a listed title.
pub fn folded_words(text: &str) -> Vec<String> {
    split_ws(text)
        .iter()
        .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect()
}
