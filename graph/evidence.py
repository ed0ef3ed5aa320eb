"""The evidence every relationship carries: which article (``doc``, its sha256), which
characters of it (``char_start``/``char_end``), how the link was decided (``how``), how sure
that rule is (``confidence``), and which extractor wrote it (``extractor``).

Pure: the loader's row builder (``graph/model.py``) asks here for each edge's evidence (the
fields ``graph/schema.py`` declares as ``EVIDENCE_PROPERTIES``), so
the vocabulary of ``how`` and the confidence of each rule have one home.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

from provgraph.common.keys import fold_name

from .resolve import ReportMatch

# How sure a speaker is, by the step that found it (``Quote.speaker_via``): the share of
# speakers each step got right on the 106 real articles of the dev sets (22 opinion and
# news pieces, 84 news stories), measured with the scorer's name matching in December 2026:
# cue 340/359, earlier sentence 129/141, pronoun 24/36, credit line 20/21; repeated quotation
# 3/3 (too few to say more than that it is no weaker than an earlier sentence).
SPEAKER_CONFIDENCE = {"cue": 0.95, "earlier sentence": 0.91, "pronoun": 0.67, "credit line": 0.95, "repeated quotation": 0.9}
SPEAKER_CONFIDENCE_UNKNOWN_STEP = 0.5

# A footnote or an "ibid" names its entry by number: nothing is guessed between the marker
# and the entry. A report named in the running text ("as The Intercept reported in June
# 2019") is matched by outlet and date alone, to the one known report that fits.
MENTION_CONFIDENCE = 0.8
# …or, with no date that finds one, to the one report of that outlet the article's own notes cite
MENTION_IN_ARTICLE_CONFIDENCE = 0.7

# a quotation's words, a claim's sentence, a reference entry's fields: read off the page
PRINTED = 1.0


@cache
def extractor_version() -> str:
    try:
        return f"provgraph {metadata.version('provgraph')}"
    except metadata.PackageNotFoundError:  # a source checkout that was never installed
        return "provgraph (unknown version)"


def evidence(doc: str | None, start: int | None, end: int | None, how: str, confidence: float = PRINTED) -> dict:
    """One edge's evidence fields, as the loader's rows carry them."""
    return {
        "doc": doc, "char_start": start, "char_end": end, "how": how,
        "confidence": round(confidence, 3), "extractor": extractor_version(),
    }  # fmt: skip


def report_evidence(doc: str, start: int | None, end: int | None, step: str, match: ReportMatch, confidence: float = PRINTED) -> dict:
    """A link to a Source: the step that named the entry (footnote, ibid, reference list,
    mention) and how the entry was matched to a known Source ("fuzzy title 93")."""
    matched = match.how if match.score >= 100 else f"{match.how} {match.score:g}"
    return evidence(doc, start, end, f"{step}; {matched}", min(confidence, match.score / 100))


def speaker_confidence(via: str | None) -> float:
    return SPEAKER_CONFIDENCE.get(via or "", SPEAKER_CONFIDENCE_UNKNOWN_STEP)


# ------------------------------------------------------------ first-hand or relayed


@cache
def _attribution_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from provgraph.loaders.lexicon import active

    cues = active()["ATTRIBUTION_CUES"]
    return tuple(cues["relayed"]), tuple(cues["first-hand"])


def attribution_kind(words: str | None, speaker: str | None, outlet: str | None, footnoted: bool) -> str:
    """Whether the article says the words were said to the outlet itself ("first-hand":
    "told The Intercept", an interview, a post on the speaker's own account) or passes on
    another's report of them ("relayed": "according to a report by The Daily Beast", "The
    Intercept wrote", a footnote to a report). "unstated" where the text does not say.

    The relayed cues are looked for first: "told The Independent, according to the report"
    is relayed, whoever the words were first told to."""
    text = f" {' '.join((words or '').lower().split())} "
    relayed, first_hand = _attribution_cues()
    if any(cue in text for cue in relayed):
        return "relayed"
    if outlet and speaker and fold_name(speaker) == fold_name(outlet):
        return "relayed"  # the publication is the speaker: "The Intercept wrote"
    if any(cue in text for cue in first_hand):
        return "first-hand"
    if footnoted:
        return "relayed"  # the article's footnote names the report it took the words from
    return "unstated"
