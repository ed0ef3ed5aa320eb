"""Issue 13: a small fixed budget of the loaders' fuzzer (scripts/fuzz_loaders.py runs the big
one): mutated seeds and fixtures through the text, HTML and Markdown paths and the reference
parser raise nothing but the one-line errors a user sees."""

from __future__ import annotations

import fuzz_loaders


def test_mutated_articles_raise_only_user_facing_errors():
    report = fuzz_loaders.run(inputs=400, seed=7)
    assert report.inputs == 400
    assert report.unexpected == []
