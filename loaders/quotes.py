"""Direct quotations: pairing quote marks by their role, not by their count.

Each mark is read from its neighbours — an opening mark follows a space and precedes a word,
a closing mark follows a word and precedes a space, punctuation or an endnote number — and
from the state of the paragraph (inside a quotation or not), so that closing curly marks
typed as openers (``about”a smear``), glued markers (``organizations.”[5]``), straight and
curly marks mixed, nested quotes, and stray marks cost one quotation at most, never the
document. A quotation left open at a paragraph's end continues into the next paragraph
when that paragraph opens with a quote mark or closes the quotation before opening another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import Span, blank

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = "‘‚‛‹"
SINGLE_CLOSE = "’›"
STRAIGHT_SINGLE = "'"
MIN_WORDS = 6
MAX_CONTINUATION = 12

_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
_SMALL = frozenset(["a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "is", "vs"])


@dataclass(slots=True)
class RawQuote:
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark
    spans: list[tuple[int, int]] = field(default_factory=list)
    paragraph: int = 0  # index of the paragraph it opens in
    last_paragraph: int = 0


def _opener_kind(ch: str, prev: str, nxt: str, inside: bool, mode: str) -> str:
    """'open', 'close', 'either' or 'none' for one mark in its context."""
    space_before = prev in " \t\n([{—–-/" or prev == ""
    space_after = nxt in " \t\n" or nxt == ""
    word_after = nxt.isalpha() or nxt in "‘'“\"[(…." and nxt != ""
    if mode == "double":
        if ch in DOUBLE_OPEN:
            return "open"
        if ch in DOUBLE_CLOSE:
            if inside:
                return "close"
            if word_after and not nxt.isdigit():
                return "open"  # ”a smear / .”For us: a closing mark typed as an opener
            if space_before and not space_after:
                return "open"
            return "none"
        # straight "
        if space_before and not space_after:
            return "open" if not inside else "either"
        if not space_before and (space_after or not nxt.isalnum()):
            return "close"
        return "either"
    # single-quote mode (documents that quote with ‘…’)
    if ch in SINGLE_OPEN:
        return "open" if not nxt.isdigit() else "none"
    letters_both = prev.isalpha() and nxt.isalpha()
    if letters_both:
        return "none"  # don’t, it's
    if ch in SINGLE_CLOSE or ch == STRAIGHT_SINGLE:
        if not space_before and (space_after or not nxt.isalnum()):
            if prev in "sz" and not inside:
                return "none"  # a plural possessive: officials’
            return "close" if inside else "none"
        if space_before and nxt.isalpha():
            return "open"
    return "none"


def quote_mode(body: str) -> str:
    """'double' unless the document quotes with single marks only."""
    doubles = sum(body.count(c) for c in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE)
    singles_open = sum(body.count(c) for c in SINGLE_OPEN)
    return "single" if doubles < 2 and singles_open >= 1 else "double"


def find_raw_quotes(text: str, paras: list[Span], mode: str | None = None) -> tuple[list[RawQuote], list[tuple[str, int]]]:
    """Pair quote marks paragraph by paragraph. Returns quotations and warnings.

    Double marks are paired first; single marks are then paired in what lies outside the
    double-quoted spans, so British-style ‘…’ quotations are found while single quotes nested
    inside double ones stay part of the outer quotation."""
    if mode is None:
        doubles, warnings = _pair(text, paras, "double")
        if not _single_opener_possible(text):
            return doubles, warnings
        singles, _ = _pair(blank(text, [(q.open_at, q.close_at + 1) for q in doubles]), paras, "single")
        return sorted(doubles + singles, key=lambda q: q.open_at), warnings
    return _pair(text, paras, mode)


_SINGLE_OPENERS = re.compile(r"[‘‚‛‹]")
_MARK_BEFORE_LETTER = re.compile(r"['’](?=[^\W\d_])")


def _single_opener_possible(text: str) -> bool:
    """Whether any single mark could open a quotation (see ``_opener_kind``): an opening
    mark, or an apostrophe after a space and before a letter. Most texts with curly double
    quotes have neither, and the second pairing pass is skipped."""
    if _SINGLE_OPENERS.search(text):
        return True
    return any(m.start() == 0 or text[m.start() - 1] in " \t\n([{—–-/" for m in _MARK_BEFORE_LETTER.finditer(text))


def _pair(text: str, paras: list[Span], mode: str) -> tuple[list[RawQuote], list[tuple[str, int]]]:
    marks_chars = (DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE) if mode == "double" else (
        SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE
    )
    mark_re = re.compile("[" + re.escape(marks_chars) + "]")
    per_para = [[m.start() for m in mark_re.finditer(text, p.start, p.end)] for p in paras]
    quotes: list[RawQuote] = []
    warnings: list[tuple[str, int]] = []
    current: RawQuote | None = None
    piece_start = 0
    skip_first_mark_of: int | None = None
    pi = 0
    while pi < len(paras):
        para = paras[pi]
        marks = per_para[pi]
        mi = 0
        if current is not None:
            piece_start = para.start
            if skip_first_mark_of == pi and marks and marks[0] == para.start:
                piece_start = para.start + 1
                mi = 1
        skip_first_mark_of = None
        while mi < len(marks):
            pos = marks[mi]
            ch = text[pos]
            prev = text[pos - 1] if pos > para.start else ""
            nxt = text[pos + 1] if pos + 1 < para.end else ""
            kind = _opener_kind(ch, prev, nxt, current is not None, mode)
            if current is None:
                if kind in ("open", "either"):
                    current = RawQuote(open_at=pos, close_at=-1, paragraph=pi)
                    piece_start = pos + 1
            else:
                is_closer = kind in ("close", "either") or (kind == "open" and ch not in DOUBLE_OPEN + SINGLE_OPEN)
                if kind == "open" and ch in DOUBLE_OPEN + SINGLE_OPEN:
                    if _nested(text, marks, mi + 1, para, mode):
                        mi += 1
                        continue  # a quotation inside the quotation
                    warnings.append(("unclosed-quote", current.open_at))
                    current = RawQuote(open_at=pos, close_at=-1, paragraph=pi)
                    piece_start = pos + 1
                elif is_closer and ch == STRAIGHT_DOUBLE and text[current.open_at] in DOUBLE_OPEN and _curly_close_follows(
                    text, marks, mi + 1
                ):
                    pass  # straight marks inside a curly quotation are its own inner quotes
                elif is_closer:
                    current.spans.append((piece_start, pos))
                    current.close_at = pos
                    current.last_paragraph = pi
                    quotes.append(current)
                    current = None
            mi += 1
        if current is not None:
            nxt_pi = pi + 1
            if nxt_pi < len(paras) and nxt_pi - current.paragraph <= MAX_CONTINUATION and _continues(
                text, paras[nxt_pi], per_para[nxt_pi], mode
            ):
                current.spans.append((piece_start, para.end))
                if per_para[nxt_pi] and per_para[nxt_pi][0] == paras[nxt_pi].start:
                    skip_first_mark_of = nxt_pi
            else:
                warnings.append(("unclosed-quote", current.open_at))
                current = None
        pi += 1
    return quotes, warnings


def _nested(text: str, marks: list[int], first: int, para: Span, mode: str) -> bool:
    """An opener inside an open quotation is nested if the paragraph still closes twice, or
    closes once at its very end (the outer quotation running to the end)."""
    closers = []
    for idx in range(first, len(marks)):
        pos = marks[idx]
        ch = text[pos]
        if (mode == "double" and ch in DOUBLE_CLOSE + STRAIGHT_DOUBLE) or (mode == "single" and ch in SINGLE_CLOSE):
            closers.append(pos)
            if len(closers) == 2:
                break
    if len(closers) >= 2:
        return True
    if len(closers) == 1:
        tail = text[closers[0] + 1 : para.end]
        return not re.sub(r"[\s.,;:!?’'”\"\[\]\d)]", "", tail)
    return False


def _curly_close_follows(text: str, marks: list[int], first: int) -> bool:
    """The next curly mark in the paragraph is a closing one."""
    for idx in range(first, len(marks)):
        pos = marks[idx]
        if text[pos] in DOUBLE_OPEN:
            return False
        if text[pos] in DOUBLE_CLOSE:
            return True
    return False


def _continues(text: str, para: Span, marks: list[int], mode: str) -> bool:
    if not marks:
        return False
    first = marks[0]
    ch = text[first]
    if first == para.start:
        return True  # the usual convention: each continued paragraph reopens the quote
    if mode == "single":
        return False  # apostrophes make a lone closing ’ too weak a sign
    prev = text[first - 1]
    nxt = text[first + 1] if first + 1 < para.end else ""
    return _opener_kind(ch, prev, nxt, True, mode) == "close" and (ch in DOUBLE_CLOSE + SINGLE_CLOSE or ch in "\"'")


def quote_text(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The quoted words, whitespace-trimmed spans joined by single spaces."""
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    joined = " ".join(" ".join(text[s:e].split()) for s, e in trimmed)
    return joined, trimmed


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def looks_like_title(text: str) -> bool:
    """A quoted title ("The Life of Camp Ashraf: Victims of Many Masters") rather than speech:
    every content word capitalised, no sentence punctuation."""
    body = text.strip().rstrip(",.")
    if re.search(r"[.!?;]\s", body) or body.endswith(("!", ";")):
        return False
    words = _WORD.findall(body)
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 3:
        return False
    return sum(1 for w in content if w[:1].isupper() or w[:1].isdigit()) / len(content) >= 0.85
