"""Paragraphs and sentences with offsets. Sentence ends inside a quotation do not split it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "rep", "sen", "gov", "gen", "col", "lt", "sgt", "capt", "rev", "hon", "pres", "vs", "etc", "no", "vol", "fig", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?:\s*\[\^?\d[\d,\s–-]*\]|\d{1,3}(?=\s))?\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WS = re.compile(r"\s+")


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int


def normalise_space(text: str) -> str:
    return _WS.sub(" ", text).strip()


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


def sentences(text: str, para: Span, protected: list[tuple[int, int]] = ()) -> list[Span]:
    """Sentences of one paragraph; no boundary falls strictly inside a ``protected`` span
    (sorted, non-overlapping: quotations)."""
    out: list[Span] = []
    s = para.start
    chunk = text[para.start : para.end]
    starts = [a for a, _ in protected]
    for m in _BOUNDARY.finditer(chunk):
        cut = para.start + m.end()
        dot = para.start + m.start()
        if _is_abbreviation(text, dot):
            continue
        k = bisect.bisect_left(starts, dot) - 1  # the protected span that opens last before the dot
        if k >= 0 and cut < protected[k][1]:
            continue
        end = para.start + m.end()
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
