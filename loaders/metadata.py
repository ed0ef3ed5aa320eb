"""Headline, byline and date of a plain-text article, from how pages print them."""

from __future__ import annotations

import re

from .dates import find_dates
from .letters import letters
from .names import clean_name, looks_like_person

_BYLINE = re.compile(
    letters(r"^[ \t*_]*(?:[Bb]y|[Ww]ritten by|[Aa]uthor:)[ \t]+([A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|and|&)){0,5})[ \t]*(?:[,|–—·•*_-].*)?$"),
    re.M,
)
_WRITTEN_BY = re.compile(letters(r"\b(?:written|authored|penned)\s+by\s+(?:(?:former|the|journalist|MEP|MP)\s+)*((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)"))
_BIO = re.compile(letters(r"^([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})\s+(?:is|was)\s+(?:a|an|the)\s"), re.M)


def title_of(text: str, body_end: int) -> str | None:
    """The first headline-like line near the top; one the page repeats wins."""
    candidates = []
    for line in text[: min(body_end, 3000)].split("\n")[:12]:
        s = line.strip()
        if not s:
            continue
        words = s.split()
        if len(words) > 25:
            continue
        if len(words) < 2 or "»" in s or s.endswith((":", ".")) and not s.endswith("..."):
            continue
        if re.match(r"^(?:home|menu|share|news id|service|tags?)\b", s, re.I) or find_dates(s, allow_bare_year=False) and len(words) < 8:
            continue
        candidates.append(s)
    if not candidates:
        return None
    rest = text.lower()
    for c in candidates[:4]:
        if rest.count(c.lower()) >= 2:
            return c
    return candidates[0]


def byline_of(text: str, body_end: int) -> str | None:
    body = text[:body_end]
    m = _BYLINE.search(body)
    if m:
        return clean_name(m.group(1))
    m = _WRITTEN_BY.search(body[:2000])
    if m:
        return clean_name(m.group(1))
    # a person's name alone on the last lines of the article
    lines = [ln.strip() for ln in body.rstrip().split("\n")[-8:] if ln.strip()]
    for ln in reversed(lines[-3:]):
        if looks_like_person(ln) and 2 <= len(ln.split()) <= 3:
            return ln
    bios = _BIO.findall(body[-3000:])
    if bios and looks_like_person(bios[-1]):
        return bios[-1]
    return None


def published_of(text: str) -> str | None:
    """A dateline in the first lines ("12 June 2019 - 16:42", "Nejat Society, October 31 2020:")."""
    head = "\n".join([ln for ln in text[:800].split("\n") if ln.strip()][:4])
    for _, _, iso in find_dates(head, allow_bare_year=False):
        if len(iso) == 10:
            return iso
    return None
