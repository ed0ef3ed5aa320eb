"""Footnote markers in the article body.

Bracketed (``[3]``, ``[3, 4]``, ``[3-5]``, ``[^3]``), superscript digits (``³``) and endnote
numbers glued to the end of a word, quote or sentence (``Revolution.”12``, ``(NCRI) .16``,
``Kohler,21``) — but not years, amounts, decimals, times or page numbers.
"""

from __future__ import annotations

import re

from .model import Marker

BRACKET_RE = re.compile(r"\[\^?(\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*)\]")
PAREN_RE = re.compile(r"(?<=[\w.,;:!?”’\"'])[ \t]?\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)(?=[\s.,;:!?]|$)")
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Each pattern opens with what it must see first (the punctuation, the superscript), not
# with a lookbehind: re can then skip ahead to it instead of trying every offset.
SUPERSCRIPT_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SUPERSCRIPT_AFTER = re.compile(r"[\w.,;:!?”’\"')\]]")
# digits glued to closing punctuation or a closing quote mark, followed by a space or the end
GLUED_RE = re.compile(r"[.,;:!?”’\")\]](\d{1,3})(?=[\s\[]|$)")
# "...function.” 13" at the end of a paragraph: a detached number after a closing quote
DETACHED_RE = re.compile(r"[”\"’][ \t](\d{1,3})[ \t]*$", re.MULTILINE)
PAGE_ABBREVIATIONS = re.compile(r"(?:\b(?:p|pp|no|nos|vol|vols|fig|figs|ch|chap|sec|art|para|n|ed|eds|op|ver|v|rev)\.?\s*)$", re.I)


def _expand(spec: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", spec):
        bounds = re.split(r"\s*[–—-]\s*", part)
        if len(bounds) == 2 and bounds[0] and bounds[1]:
            a, b = int(bounds[0]), int(bounds[1])
            if a <= b <= a + 50:
                numbers.extend(range(a, b + 1))
                continue
        numbers.extend(int(x) for x in bounds if x)
    return numbers


def find_markers(body: str, limit: int | None = None) -> list[Marker]:
    """All markers in ``body`` in order. ``limit`` is the highest entry number the article's
    list has (if it has one): glued numbers above it are taken as numbers, not markers."""
    found: list[Marker] = []
    taken: list[tuple[int, int]] = []
    for m in BRACKET_RE.finditer(body):
        style = "markdown" if body.startswith("[^", m.start()) else "bracket"
        found.append(Marker(_expand(m.group(1)), m.start(), m.end(), style))
        taken.append((m.start(), m.end()))
    for m in SUPERSCRIPT_RE.finditer(body):
        if m.start() > 0 and _SUPERSCRIPT_AFTER.match(body, m.start() - 1):
            found.append(Marker([int(m.group(0).translate(SUPERSCRIPT))], m.start(), m.end(), "superscript"))
    for m in GLUED_RE.finditer(body):
        if _glued_is_marker(body, m, limit):
            found.append(Marker([int(m.group(1))], m.start(1), m.end(1), "glued"))
    for m in DETACHED_RE.finditer(body):
        n = int(m.group(1))
        if limit is None or n <= limit:
            found.append(Marker([n], m.start(1), m.end(1), "glued"))
    if limit is not None and not taken:
        # "(3)" markers: only in an article that has a numbered list and no bracketed markers
        for m in PAREN_RE.finditer(body):
            numbers = _expand(m.group(1))
            if numbers and all(1 <= n <= limit for n in numbers):
                found.append(Marker(numbers, m.start(), m.end(), "bracket"))
    found.sort(key=lambda mk: mk.start)
    return [mk for mk in found if mk.numbers]


def _glued_is_marker(body: str, m: re.Match[str], limit: int | None) -> bool:
    pos = m.start(1)
    punct = body[pos - 1]
    before = body[pos - 2] if pos >= 2 else " "
    digits = m.group(1)
    if limit is not None and int(digits) > limit:
        return False
    if int(digits) == 0:
        return False
    if punct in ".:" and before.isdigit():  # 3.5, 10:30
        return False
    if punct == "," and before.isdigit() and len(digits) == 3:  # 971,890
        return False
    if punct in ".,;:" and before in " \t\n":  # ". 5" is a list or a stray
        # "(NCRI) .16" — a space then the full stop glued to the number is an endnote
        if not (punct == "." and pos >= 3 and body[pos - 3] in ")]”\""):
            return False
    if PAGE_ABBREVIATIONS.search(body[max(0, pos - 6) : pos - 1]):
        return False
    line_start = body.rfind("\n", 0, pos) + 1
    if not body[line_start:pos - 1].strip():  # "1." opening a line is a list number
        return False
    return True
