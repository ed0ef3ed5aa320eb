"""Property-based tests: the extractor never crashes, and offsets always point at the words."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from provgraph.loaders import ExtractionError, extract_text

PIECES = st.sampled_from(
    ["“", "”", '"', "‘", "’", "'", "[1]", "[2, 3]", ".”12", " said Jane Doe", ", he told The Times.", "\n", "\n\n",
     "References\n[1] Doe, John, A Title, The Times, June 9th, 2019.\n", "ibid", "  ", ". ", ", ", "Mr. Smith",
     "we will never accept this outcome", "«", "»", "according to Reuters", ":", "1. ", "<b>", "&amp;"]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extraction_never_crashes_and_offsets_hold(text):
    try:
        doc = extract_text(text)
    except ExtractionError:
        return  # empty or binary-looking input is refused with a message, which is fine
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(doc.text)
        pieces = [" ".join(doc.text[s:e].split()) for s, e in q.spans]
        assert q.text == " ".join(pieces)
    for c in doc.claims:
        assert " ".join(doc.text[c.start : c.end].split()) == c.text
    for m in doc.markers:
        assert any(ch.isdigit() or ch in "⁰¹²³⁴⁵⁶⁷⁸⁹" for ch in doc.text[m.start : m.end])


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_html_path_never_crashes(text):
    with contextlib.suppress(ExtractionError):
        extract_text(f"<html><body><p>{text}</p></body></html>", fmt="html")
