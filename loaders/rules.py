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
from dataclasses import dataclass
from typing import Any

from . import _core
from .model import Claim, Document, Marker, Mention, Quote, Reference, Warning

# the names and dates other packages compare and resolve by: one rule, the core's
person_from_citation = _core.person_from_citation
is_org = _core.is_org
parse_date = _core.parse_date
month_number = _core.month_number
is_reference_heading = _core.is_reference_heading
optimized = _core.optimized  # whether the core was built with optimisations (a debug build is 15x slower)


def fold_name(name: str | None) -> str:
    """The comparison key of a name: case, Unicode forms, "the", possessives, punctuation and
    spacing folded ("The Intercept’s" = "the intercept" = "Intercept")."""
    return _core.fold_name(name) if name else ""


def extract_into(doc: Document, title: str | None = None, byline: str | None = None, published: str | None = None) -> None:
    """Fill ``doc`` (its text set) with what the text path finds. The core answers in tuples
    in the order of the model's fields, so each record is made with one call."""
    meta, refs, markers, quotes, claims, mentions, warnings = _core.extract(doc.text, title, byline, published)
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
    return [marker_of(m) for m in json.loads(_core.find_markers_json(body, limit))]


@dataclass(slots=True)
class ReferenceList:
    start: int  # where the list (or its heading) begins: the body ends here
    end: int
    references: list[Reference]


def find_reference_list(text: str) -> ReferenceList | None:
    """The article's numbered reference list (the last that reads as one), or None."""
    found = json.loads(_core.find_reference_list_json(text))
    if found is None:
        return None
    return ReferenceList(found["start"], found["end"], [reference_of(r) for r in found["references"]])


def parse_reference(n: int, raw: str) -> Reference:
    """One entry cut into authors, title, outlet, date and URL."""
    return reference_of(json.loads(_core.parse_reference_json(n, raw)))
