"""In-text mentions of a publication's reporting, without a footnote:
"As The Intercept reported last June", "An investigation by The Intercept revealed",
"Following The Intercept’s 2019 expose". Each gives the outlet and, where the text says,
when ("last June" is read against the article's own date), so the loader can link the
claim to that report when the match is unambiguous."""

from __future__ import annotations

import bisect
import re

from .dates import MONTHS, find_dates
from .letters import letters
from .lexicon import NOT_NAMES
from .model import Mention
from .names import fold_name, is_outlet_name
from .text import merged_windows, word_positions

_OUTLET = letters(r"((?:[Tt]he\s+)?[A-Z][\w\-&.]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w\-&.]*){0,4})")
_WORK_WORDS = ("investigation", "report", "reporting", "story", "article", "expose", "exposé", "piece", "analysis", "interview")
_REPORTED_WORDS = ("reported", "revealed", "wrote", "found", "noted", "documented", "disclosed")
_DISCLOSED_WORDS = ("reported", "revealed", "disclosed", "published")
_WORK = "(?:" + "|".join(_WORK_WORDS) + ")"
_REPORTED = "(?:" + "|".join(_REPORTED_WORDS) + ")"
_DISCLOSED = "(?:" + "|".join(_DISCLOSED_WORDS) + ")"
# (cue, the words it cannot do without, what must follow that word): the words are found
# first, then the cue is matched around them
_CUES = [
    (rf"\b[Aa]s\s+{_OUTLET}\s+(?:first\s+|had\s+|has\s+)?{_REPORTED}", _REPORTED_WORDS, None),
    (rf"\b[Aa]n?\s+(?:\w+\s+)?{_WORK}\s+(?:by|in|from)\s+{_OUTLET}", _WORK_WORDS, None),
    (rf"\b{_OUTLET}(?:[’']s)?\s+(?:(?:19|20)\d\d\s+)?{_WORK}\b", _WORK_WORDS, None),
    (rf"\b{_OUTLET}\s+{_DISCLOSED}\s+(?:that|last|in|on|earlier|this)\b", _DISCLOSED_WORDS, None),
    (rf"\b{_DISCLOSED}\s+by\s+{_OUTLET}", _DISCLOSED_WORDS, r"\s+by\b"),
]
_CUES = [(re.compile(cue), words, re.compile(tail) if tail else None) for cue, words, tail in _CUES]
_LAST_MONTH = re.compile(r"\blast\s+(" + "|".join(k for k in MONTHS if len(k) > 3) + r")\b", re.I)


def find_mentions(masked: str, sentences: list[tuple[int, int]], published: str | None, known_outlets: set[str]) -> list[Mention]:
    """Mentions in the (quotation-masked) body, one per outlet per sentence."""
    starts = [s for s, _ in sentences]
    out: list[Mention] = []
    seen: set[tuple[int, str]] = set()
    hits: dict[str, list[int]] = {}
    for rx, words, tail in _CUES:
        found: dict[int, re.Match[str]] = {}
        for lo, hi in _windows(masked, words, tail, hits, 90):
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


def _windows(text: str, words: tuple[str, ...], tail: re.Pattern[str] | None, hits: dict[str, list[int]], reach: int) -> list[tuple[int, int]]:
    """The stretches within ``reach`` of a keyword, overlapping ones merged so no character
    is scanned twice by the (costly) cue pattern. Keywords are found by ``str.find``
    (``hits`` keeps them for the next cue): far cheaper than a pattern per cue."""
    spans: list[tuple[int, int]] = []
    for w in words:
        if w not in hits:
            hits[w] = word_positions(text, w)
        for at in hits[w]:
            end = at + len(w)
            if tail is not None:
                m = tail.match(text, end)
                if m is None:
                    continue
                end = m.end()
            spans.append((at, end))
    return merged_windows(sorted(spans), reach, reach, len(text))


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
