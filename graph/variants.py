"""One utterance, several wordings: finding quotations that are variants of each other.

Exact repeats (after folding case, quote marks, punctuation and spacing) are already one Quote
node. This links *altered* wordings: a sentence dropped, "[and]" inserted, an ellipsis, a
word changed. Candidates come from an inverted index of word 3-gram shingles (never a
comparison of every pair; shingles shared by very many quotations are not indexed), and each
candidate is checked with rapidfuzz: near-identical wordings, or one wording contained in
the other. The edge keeps the similarity and a word-level difference a person can read.
"""

from __future__ import annotations

import difflib
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

SHINGLE = 3
MAX_POSTINGS = 200  # a shingle in more quotations than this says nothing about identity
MIN_SHARED = 2
SIMILAR = 85.0  # fuzz.ratio for two wordings of the same words
CONTAINED = 95.0  # fuzz.partial_ratio for a wording inside a longer one
MIN_WORDS = 6


def shingles(norm: str) -> set[int]:
    words = norm.split()
    if len(words) < SHINGLE:
        return {zlib.crc32(norm.encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def word_diff(a: str, b: str) -> str:
    """ "[-removed-] {+added+}" between two wordings, unchanged stretches kept short."""
    wa, wb = a.split(), b.split()
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            same = wa[i1:i2]
            out.append(" ".join(same) if len(same) <= 8 else f"{' '.join(same[:3])} … {' '.join(same[-3:])}")
        else:
            if i2 > i1:
                out.append("[-" + " ".join(wa[i1:i2]) + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(out)


@dataclass(slots=True)
class Variant:
    a: str
    b: str
    similarity: float
    diff: str


class QuoteIndex:
    """Quotations seen so far, indexed by shingles, for finding variants of new ones."""

    def __init__(self) -> None:
        self.norms: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self.postings: dict[int, list[str]] = defaultdict(list)

    def add(self, qid: str, norm: str, text: str) -> None:
        if qid in self.norms:
            return
        self.norms[qid] = norm
        self.texts[qid] = text
        for s in shingles(norm):
            bucket = self.postings[s]
            if len(bucket) <= MAX_POSTINGS:
                bucket.append(qid)

    def candidates(self, norm: str) -> list[str]:
        counts: Counter[str] = Counter()
        for s in shingles(norm):
            bucket = self.postings.get(s)
            if bucket and len(bucket) <= MAX_POSTINGS:
                counts.update(bucket)
        return [q for q, n in counts.most_common(50) if n >= MIN_SHARED]

    def variants_of(self, qid: str, norm: str, text: str) -> list[Variant]:
        """Variants among the quotations already indexed (the new one is not added). One that is
        indexed already had them found when it was first seen, and every later quotation was
        compared with it: none to look for again (most quotations of a large corpus)."""
        if len(norm.split()) < MIN_WORDS or qid in self.norms:
            return []
        out = []
        for other in self.candidates(norm):
            if other == qid:
                continue
            o = self.norms[other]
            score = fuzz.ratio(norm, o)
            short, long_ = sorted((norm, o), key=len)
            if score < SIMILAR and not (len(short.split()) >= MIN_WORDS and fuzz.partial_ratio(short, long_) >= CONTAINED):
                continue
            out.append(_canonical_variant(qid, text, other, self.texts[other], round(score / 100.0, 3)))
        return out


def _canonical_variant(qid: str, text: str, other: str, other_text: str, similarity: float) -> Variant:
    """One edge per pair whatever order the two were loaded in (a re-loaded article must give
    the graph a fresh load gives): from the smaller id to the larger, the diff read from the
    larger's wording to the smaller's."""
    if qid < other:
        return Variant(qid, other, similarity, word_diff(other_text, text))
    return Variant(other, qid, similarity, word_diff(text, other_text))
