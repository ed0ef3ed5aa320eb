"""Extraction quality on the five seeds, scored with the project's own scorer rules."""

from __future__ import annotations

import json

import pytest
from provgraph.loaders import extract_file

from .gold import SHARED_GOLD, load_scorer

scorer = load_scorer()
pytestmark = pytest.mark.skipif(scorer is None, reason="../shared/eval/score.py is not beside the checkout")


def test_seed_scores_meet_the_issue_thresholds(seeds):
    t = scorer.Tally()
    for doc in sorted(seeds.glob("*.txt")):
        gold = json.loads((SHARED_GOLD / f"{doc.stem}.json").read_text(encoding="utf-8"))
        scorer.score_doc(extract_file(doc).to_dict(), gold, t)
    ref_f1 = scorer.f1(t.rate("ref.precision"), t.rate("ref.recall"))
    quote_f1 = scorer.f1(t.rate("quote.precision"), t.rate("quote.recall"))
    fields = [t.rate(k) for k in ("ref.authors", "ref.title", "ref.outlet", "ref.date", "ref.url", "ref.ibid_of")]
    attribution = [t.rate(k) for k in ("quote.speaker", "quote.outlet", "quote.refs")]
    assert ref_f1 >= 0.98
    assert sum(fields) / len(fields) >= 0.95
    assert quote_f1 >= 0.95
    assert sum(attribution) / len(attribution) >= 0.90


def test_the_heyrani_quote_is_attributed_to_him_and_the_intercept(seeds):
    doc = extract_file(seeds / "002_c3c8507b488f6251.txt")
    q = next(q for q in doc.quotes if q.text.startswith("Heshmat Alavi is a persona"))
    assert q.speaker == "Hassan Heyrani"
    assert doc.text[q.start : q.end] == q.text


def test_ibid_points_back_and_outlet_of_the_footnote_is_used(seeds):
    doc = extract_file(seeds / "000_c664e1a50c41c880.txt")
    assert doc.reference(5).ibid_of == 4
    negar = [q for q in doc.quotes if q.speaker == "Negar Mortazavi"]
    assert len(negar) == 2 and all(q.refs == [5] and q.outlet == "the Intercept" for q in negar)
