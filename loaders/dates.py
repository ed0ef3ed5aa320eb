"""Dates as printed in articles and reference lists, to ISO ``YYYY[-MM[-DD]]``.

A hand-written pattern rather than dateparser: it finds *where* a date is in a reference
entry (which the parser needs in order to cut the entry into fields), accepts printed
oddities ("October 22th, 2019", "June 9th,2019"), and runs about a hundred times faster,
which matters for the 1,000-articles-a-second budget.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:1[6-9]|20)\d\d)"

DATE_RE = re.compile(
    "|".join(
        [
            # 2019-06-09, 2019/06/09
            r"(?P<iy>(?:1[6-9]|20)\d\d)[-/](?P<im>[01]?\d)[-/](?P<id>[0-3]?\d)(?!\d)",
            # 12.06.2019 / 12/06/2019: day first unless that cannot be (US 06/13/2019)
            r"(?<![\d./])(?P<nd>[0-3]?\d)[./](?P<nm>[0-3]?\d)[./](?P<ny>(?:1[6-9]|20)\d\d)(?!\d)",
            # June 9th, 2019 / June 9 2019 / Jun. 9, 2019
            _MONTH.format(g="am") + r"\s+" + _DAY.format(g="ad") + r"(?:\s*,\s*|\s+)" + _YEAR.format(g="ay") + r"\b",
            # 9 June 2019 / 9th of June, 2019
            _DAY.format(g="bd") + r"(?:\s+of)?\s+" + _MONTH.format(g="bm") + r",?\s+" + _YEAR.format(g="by") + r"\b",
            # June 2019
            _MONTH.format(g="cm") + r",?\s+" + _YEAR.format(g="cy") + r"\b",
            # (2019) or a bare year
            # (not "2022-17", a report number)
            r"\b(?P<yy>(?:1[6-9]|20)\d\d)\b(?!-\d{1,3}\b)",
        ]
    ),
    re.IGNORECASE,
)


def _iso(year: str, month: int | None = None, day: str | int | None = None) -> str | None:
    y = int(year)
    if month is None:
        return f"{y:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y:04d}-{month:02d}"
    d = int(day)
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{month:02d}-{d:02d}"


def match_to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["iy"]:
        return _iso(g["iy"], int(g["im"]), g["id"])
    if g["nd"]:
        day, month = int(g["nd"]), int(g["nm"])
        if month > 12 >= day:
            day, month = month, day
        return _iso(g["ny"], month, day)
    if g["am"]:
        return _iso(g["ay"], MONTHS[g["am"].lower().rstrip(".")], g["ad"])
    if g["bm"]:
        return _iso(g["by"], MONTHS[g["bm"].lower().rstrip(".")], g["bd"])
    if g["cm"]:
        return _iso(g["cy"], MONTHS[g["cm"].lower().rstrip(".")])
    return _iso(g["yy"])


_YEAR_RE = re.compile(r"(?:1[6-9]|20)\d\d")


def find_dates(text: str, allow_bare_year: bool = True) -> list[tuple[int, int, str]]:
    """Every date in ``text`` as (start, end, iso), most specific forms first."""
    out: list[tuple[int, int, str]] = []
    if not _YEAR_RE.search(text):  # every form has a year: a cheap pattern rules most text out
        return out
    for m in DATE_RE.finditer(text):
        if m.group("yy") and not allow_bare_year:
            continue
        iso = match_to_iso(m)
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def parse_date(text: str) -> str | None:
    """The first date printed in ``text``, as ISO, or None."""
    found = find_dates(text)
    return found[0][2] if found else None
