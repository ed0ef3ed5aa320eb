"""In-text mentions of a publication's reporting, without a footnote:
"As The Intercept reported last June", "An investigation by The Intercept revealed",
"Following The Intercept’s 2019 expose". Each gives the outlet and, where the text says,
when ("last June" is read against the article's own date), so the loader can link the
claim to that report when the match is unambiguous."""

from __future__ import annotations

import bisect
import re

from .dates import MONTHS, find_dates
from .lexicon import NOT_NAMES
from .model import Mention
from .names import fold_name, is_outlet_name

_OUTLET = r"((?:[Tt]he\s+)?[A-Z][\w\-&.]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w\-&.]*){0,4})"
_WORK = r"(?:investigation|report|reporting|story|article|expos[eé]|piece|analysis|interview)"
_REPORTED = r"(?:reported|revealed|wrote|found|noted|documented|disclosed)"
# (cue, the word it cannot do without): the word is found first, then the cue matched around it
_CUES = [
    (rf"\b[Aa]s\s+{_OUTLET}\s+(?:first\s+|had\s+|has\s+)?{_REPORTED}", _REPORTED),
    (rf"\b[Aa]n?\s+(?:\w+\s+)?{_WORK}\s+(?:by|in|from)\s+{_OUTLET}", _WORK),
    (rf"\b{_OUTLET}(?:[’']s)?\s+(?:(?:19|20)\d\d\s+)?{_WORK}\b", _WORK),
    (rf"\b{_OUTLET}\s+(?:reported|revealed|disclosed)\s+(?:that|last|in|on|earlier|this)\b", r"(?:reported|revealed|disclosed)"),
    (rf"\b(?:reported|revealed|disclosed)\s+by\s+{_OUTLET}", r"(?:reported|revealed|disclosed)\s+by"),
]
_CUES = [(re.compile(cue), re.compile(rf"\b{word}\b")) for cue, word in _CUES]
_LAST_MONTH = re.compile(r"\blast\s+(" + "|".join(k for k in MONTHS if len(k) > 3) + r")\b", re.I)


def find_mentions(masked: str, sentences: list[tuple[int, int]], published: str | None, known_outlets: set[str]) -> list[Mention]:
    """Mentions in the (quotation-masked) body, one per outlet per sentence."""
    starts = [s for s, _ in sentences]
    out: list[Mention] = []
    seen: set[tuple[int, str]] = set()
    for rx, keyword in _CUES:
        found: dict[int, re.Match[str]] = {}
        for lo, hi in _windows(keyword, masked, 90):
            for m in rx.finditer(masked, lo, hi):
                found.setdefault(m.start(), m)
        for m in found.values():
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or m.start() >= sentences[i][1]:
                continue
            s, e = sentences[i]
            if m.end() > e:
                continue
            outlet = _outlet(m.group(1), known_outlets)
            if not outlet or (i, fold_name(outlet)) in seen:
                continue
            seen.add((i, fold_name(outlet)))
            near = masked[max(s, m.start() - 30) : min(e, m.end() + 25)]  # the time must be said next to the cue
            out.append(Mention(outlet, m.start(), m.end(), " ".join(masked[s:e].split()), _when(near, published)))
    return sorted(out, key=lambda m: m.start)


def _windows(keyword: re.Pattern[str], text: str, reach: int) -> list[tuple[int, int]]:
    """The stretches within ``reach`` of the keyword, overlapping ones merged so no character
    is scanned twice by the (costly) cue pattern."""
    out: list[tuple[int, int]] = []
    for k in keyword.finditer(text):
        lo, hi = max(0, k.start() - reach), min(len(text), k.end() + reach)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _outlet(np: str, known: set[str]) -> str | None:
    np = np.strip(" .,").rsplit(" of ", 1)[-1]  # "Murtaza Hussain of The Intercept"
    words = np.split()
    while len(words) > 1 and words[0].lower() != "the" and (words[0].lower() in NOT_NAMES or words[0].lower().endswith("ing")):
        words.pop(0)  # "As The Intercept", "Following The Intercept’s"
    if words and words[0].lower() == "the" and len(words) > 1:
        words[0] = "The"
    for k in range(len(words), 0, -1):
        cand = re.sub(r"[’']s$", "", " ".join(words[:k]))
        if is_outlet_name(cand) or fold_name(cand) in known:
            return cand
    return None


def _when(sentence: str, published: str | None) -> str | None:
    dated = [iso for _, _, iso in find_dates(sentence)]
    if dated:
        return max(dated, key=len)[:7]
    m = _LAST_MONTH.search(sentence)
    if m and published:
        month = MONTHS[m.group(1).lower()]
        year = int(published[:4])
        pub_month = int(published[5:7]) if len(published) >= 7 else 12
        return f"{year if month < pub_month else year - 1:04d}-{month:02d}"
    if re.search(r"\blast\s+year\b", sentence, re.I) and published:
        return f"{int(published[:4]) - 1:04d}"
    return None
