"""How answers name things for a reader: articles by title or file name, and long text cut
where the cut cannot change what it says. Shared by the terminal tables and the pictures."""

from __future__ import annotations

from functools import cache
from pathlib import PurePath
from typing import Any

from provgraph.loaders.lexicon import active

ELLIPSIS = "…"


def article_name(row: dict[str, Any]) -> str:
    """An article as a reader names it: its title, else its file's name (never a whole path)."""
    return row.get("article") or PurePath(row.get("path") or "").name or "(untitled)"


def shorten(text: str | None, limit: int) -> str:
    """``text`` in about ``limit`` characters, cut only between words and marked with "…".

    A cut inside a word can make another word ("a persona run by" → "a person…"), and a cut
    just before "not" or "never" says the opposite ("Alavi is…" for "Alavi is not…"): so the
    cut falls between words, and a negation right after it is kept with the word it turns.
    A first word longer than ``limit`` is kept whole."""
    words = " ".join((text or "").split()).split(" ")
    if len(" ".join(words)) <= limit:
        return " ".join(words)
    negations = _negations()
    kept: list[str] = []
    for i, word in enumerate(words):
        if kept and len(" ".join([*kept, word])) > limit - 1:
            while i < len(words) and _folded(words[i]) in negations:
                kept.extend(words[i : i + 2])
                i += 2
            break
        kept.append(word)
    if len(kept) >= len(words):
        return " ".join(words)
    return " ".join(kept).rstrip(",;:") + ELLIPSIS


def _folded(word: str) -> str:
    return word.strip(".,;:!?\"'“”‘’()").lower()


@cache
def _negations() -> frozenset[str]:
    """Read once: the lexicon is fixed when first used, and a table cuts many cells."""
    return frozenset(active()["NEGATIONS"])
