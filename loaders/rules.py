"""The extraction rules, compiled: the Python face of ``provgraph.loaders._core``.

The rules that read an article — where its reference list is and what each entry says,
which numbers are footnote markers, how quote marks pair, who said a quotation and where —
live in one place, the Rust crate in ``core/`` (built into ``_core`` when the package is
installed). They run there because the text path has a budget of a millisecond per
article, which the same rules in Python missed five-fold. This module turns the core's
answers into the typed model; callers import from here, never from ``_core``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from . import _core
from .lexicon import LexiconError, active, user_files
from .model import Claim, Document, Marker, Mention, Quote, Reference, Warning


def _check_boundary() -> None:
    """The core answers in tuples; each must line up with its dataclass's fields, by name."""
    from dataclasses import fields

    from .model import DocumentMeta

    records = {"DocumentMeta": DocumentMeta, "Reference": Reference, "Marker": Marker, "Quote": Quote,
               "Claim": Claim, "Mention": Mention, "Warning": Warning}  # fmt: skip
    for name, core_fields in _core.RECORD_FIELDS.items():
        ours = [f.name for f in fields(records[name])]
        lined_up = set(core_fields) <= set(ours) if name == "DocumentMeta" else list(core_fields) == ours
        if not lined_up:
            raise ImportError(f"provgraph's core answers {name} as {core_fields}, the model has {ours}: rebuild the core (pip install -e .)")


_check_boundary()
_lexicon_chosen = False
P = ParamSpec("P")
R = TypeVar("R")


def choose_lexicon() -> None:
    """Hand the core the lexicon as ``loaders/lexicon.json`` and the user's files say now, not
    as they were when the core was built; once, before the core's first use."""
    global _lexicon_chosen
    if _lexicon_chosen:
        return
    try:
        _core.choose_lexicon(json.dumps(active(), ensure_ascii=False))
    except ValueError as exc:
        raise LexiconError(f"{', '.join(map(str, user_files())) or 'lexicon.json'}: {exc}") from None
    _lexicon_chosen = True


def _with_lexicon(rule: Callable[P, R]) -> Callable[P, R]:
    """A core rule, run with the lexicon chosen first."""

    @wraps(rule)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if not _lexicon_chosen:
            choose_lexicon()
        return rule(*args, **kwargs)

    return run


# the names and dates other packages compare and resolve by: one rule, the core's
person_from_citation = _with_lexicon(_core.person_from_citation)
is_org = _with_lexicon(_core.is_org)
parse_date = _with_lexicon(_core.parse_date)
month_number = _with_lexicon(_core.month_number)
is_reference_heading = _with_lexicon(_core.is_reference_heading)
optimized = _core.optimized  # whether the core was built with optimisations (a debug build is 15x slower)
_extract = _with_lexicon(_core.extract)
_fold_name = _with_lexicon(_core.fold_name)
_find_markers_json = _with_lexicon(_core.find_markers_json)
_find_reference_list_json = _with_lexicon(_core.find_reference_list_json)
_parse_reference_json = _with_lexicon(_core.parse_reference_json)


def fold_name(name: str | None) -> str:
    """The comparison key of a name: case, Unicode forms, "the", possessives, punctuation and
    spacing folded ("The Intercept’s" = "the intercept" = "Intercept")."""
    return _fold_name(name) if name else ""


def extract_into(doc: Document, title: str | None = None, byline: str | None = None, published: str | None = None) -> None:
    """Fill ``doc`` (its text set) with what the text path finds. The core answers in tuples
    in the order of the model's fields, so each record is made with one call."""
    meta, refs, markers, quotes, claims, mentions, warnings = _extract(doc.text, title, byline, published)
    doc.meta.title, doc.meta.byline, doc.meta.authors, doc.meta.published = meta
    doc.references = [Reference(*r) for r in refs]
    doc.markers = [Marker(*m) for m in markers]
    doc.quotes = [Quote(*q) for q in quotes]
    doc.claims = [Claim(*c) for c in claims]
    doc.mentions = [Mention(*m) for m in mentions]
    doc.warnings.extend(Warning(*w) for w in warnings)


def reference_of(item: dict[str, Any]) -> Reference:
    return Reference(**item)


def marker_of(item: dict[str, Any]) -> Marker:
    return Marker(**item)


def find_markers(body: str, limit: int | None = None) -> list[Marker]:
    """The footnote markers of a body, in order; ``limit`` is the highest entry number of the
    article's list, if it has one."""
    return [marker_of(m) for m in json.loads(_find_markers_json(body, limit))]


@dataclass(slots=True)
class ReferenceList:
    start: int  # where the list (or its heading) begins: the body ends here
    end: int
    references: list[Reference]


def find_reference_list(text: str) -> ReferenceList | None:
    """The article's numbered reference list (the last that reads as one), or None."""
    found = json.loads(_find_reference_list_json(text))
    if found is None:
        return None
    return ReferenceList(found["start"], found["end"], [reference_of(r) for r in found["references"]])


def parse_reference(n: int, raw: str) -> Reference:
    """One entry cut into authors, title, outlet, date and URL."""
    return reference_of(json.loads(_parse_reference_json(n, raw)))
