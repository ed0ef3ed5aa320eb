"""Paragraphs and sentences with offsets. Sentence ends inside a quotation do not split it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "rep", "sen", "gov", "gen", "col", "lt", "sgt", "capt", "rev", "hon", "pres", "vs", "etc", "no", "vol", "fig", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?:\s*\[\^?\d[\d,\s–-]*\]|\(\d{1,3}(?:[,–-]\s*\d{1,3})*\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}(?=\s))?\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WS = re.compile(r"\s+")
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int


def normalise_space(text: str) -> str:
    return _WS.sub(" ", text).strip()


def is_word_char(ch: str) -> bool:
    """What ``re``'s ``\\w`` matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def word_positions(text: str, word: str, start: int = 0, end: int | None = None, whole: bool = True) -> list[int]:
    """Offsets where ``word`` stands as a whole word, as ``\\bword\\b`` would find it (with
    ``whole=False``, where a word starts with it, as ``\\bword``).

    Found with ``str.find`` and a look at the neighbours: a pattern that opens with ``\\b``
    stops ``re`` from jumping to its literal prefix and makes it try every offset, which is
    some 25 times slower on an article."""
    end = len(text) if end is None else end
    out: list[int] = []
    if not word:
        return out
    head_w, tail_w = is_word_char(word[0]), is_word_char(word[-1])
    i = text.find(word, start, end)
    while i >= 0:
        j = i + len(word)
        before = is_word_char(text[i - 1]) if i > 0 else False
        after = is_word_char(text[j]) if j < len(text) else False
        if before != head_w and (after != tail_w or not whole):
            out.append(i)
        i = text.find(word, i + 1, end)
    return out


def merged_windows(spans: list[tuple[int, int]], before: int, after: int, length: int) -> list[tuple[int, int]]:
    """The stretches from ``before`` characters ahead of each span (sorted) to ``after`` past
    it, overlapping ones merged: a costly pattern then reads each character once."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        lo, hi = max(0, a - before), min(length, b + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character inside ``spans`` (sorted, non-overlapping) but line
    breaks turned into spaces: offsets and paragraphs stay where they were."""
    pieces: list[str] = []
    pos = 0
    for s, e in spans:
        if s < pos:
            s = pos
        if e <= s:
            continue
        pieces.append(text[pos:s])
        seg = text[s:e]
        pieces.append(" " * (e - s) if "\n" not in seg else _NOT_NEWLINE.sub(" ", seg))
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Non-empty paragraphs. Hard-wrapped text (short lines, blank-line separated) is joined."""
    end = len(text) if end is None else end
    region = text[start:end]
    lines = region.split("\n")
    nonempty = [ln for ln in lines if ln.strip()]
    blank_separated = (
        len(nonempty) >= 4
        and sum(1 for ln in lines if not ln.strip()) >= 2
        and sorted(len(ln) for ln in nonempty)[len(nonempty) // 2] < 90
        and sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()) > len(nonempty) // 2
    )
    out: list[Span] = []
    pos = start
    cur_start: int | None = None
    cur_end = start
    for ln in lines:
        ln_start, ln_end = pos, pos + len(ln)
        pos = ln_end + 1
        if not ln.strip():
            if cur_start is not None:
                out.append(Span(cur_start, cur_end))
                cur_start = None
            continue
        lead = len(ln) - len(ln.lstrip())
        trail = len(ln.rstrip())
        if blank_separated:
            if cur_start is None:
                cur_start = ln_start + lead
            cur_end = ln_start + trail
        else:
            out.append(Span(ln_start + lead, ln_start + trail))
    if cur_start is not None:
        out.append(Span(cur_start, cur_end))
    return out


def sentences(text: str, para: Span, protected: list[tuple[int, int]] = (), starts: list[int] | None = None) -> list[Span]:
    """Sentences of one paragraph; no boundary falls strictly inside a ``protected`` span
    (sorted, non-overlapping: quotations). ``starts`` are the spans' starts, when the caller
    splits many paragraphs against the same spans."""
    out: list[Span] = []
    s = para.start
    if starts is None:
        starts = [a for a, _ in protected]
    for m in _BOUNDARY.finditer(text, para.start, para.end):
        cut = m.end()
        dot = m.start()
        if _is_abbreviation(text, dot):
            continue
        k = bisect.bisect_left(starts, dot) - 1  # the protected span that opens last before the dot
        if k >= 0 and cut < protected[k][1]:
            continue
        end = m.end()
        while end > s and text[end - 1].isspace():
            end -= 1
        if end > s:
            out.append(Span(s, end))
        s = cut
    if s < para.end:
        out.append(Span(s, para.end))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if len(word) == 1 and word.isalpha():  # an initial: "Murtaza M. Hussain"
        return True
    return word in ABBREVIATIONS
