"""Cutting text for tables and pictures: between words only, never so the cut says the
opposite, and the words kept are the text's own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from provgraph.queries.display import ELLIPSIS, article_name, shorten

WORDS = st.lists(st.sampled_from(["a", "persona", "is", "not", "never", "run", "by", "Alavi", "team", "“quoted,”", "[and]"]), max_size=30)


def test_a_cut_never_makes_another_word():
    """Issue 14: cut at 25 characters, "a persona run by" read "a person…", the opposite claim."""
    label = shorten("Heshmat Alavi is a persona run by a team of people from the MEK", 25)
    assert label == "Heshmat Alavi is a…"


def test_a_negation_after_the_cut_is_kept():
    assert shorten("Heshmat Alavi is not a real person at all", 17) == "Heshmat Alavi is not a…"


@given(WORDS, st.integers(min_value=5, max_value=60))
def test_a_label_is_the_texts_own_words_up_to_a_word_boundary(words, limit):
    text = " ".join(words)
    label = shorten(text, limit)
    if not label.endswith(ELLIPSIS):
        assert label == text
        return
    kept = label[: -len(ELLIPSIS)]
    assert text.startswith(kept.rstrip(",;:"))
    rest = text[len(kept) :]
    assert rest.startswith(" ") or rest[:1] in ",;:"  # cut between words
    assert rest.split()[0].strip(",;:").lower() not in {"not", "never"}  # the cut does not drop a "not"


def test_an_untitled_article_is_named_by_its_file():
    assert article_name({"article": None, "path": "/home/me/corpus/002_c3c8.txt"}) == "002_c3c8.txt"
    assert article_name({"article": "Why the MEK", "path": "/x/y.txt"}) == "Why the MEK"
