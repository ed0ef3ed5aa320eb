"""The compiled core as installed. Its own tests (``cargo test``: the hand-written readers held
to the patterns they stand for on every word of the seeds and fixtures, and offsets in
characters) run once, outside pytest, from .ci/run; the rest of the suite tests the core
through the library and the CLI."""

from __future__ import annotations

from pathlib import Path

from provgraph.loaders import rules

ROOT = Path(__file__).resolve().parent.parent


def test_installed_core_is_an_optimised_build():
    # pyproject.toml asks setuptools-rust for a release build even for `pip install -e .`,
    # whose default is a debug build some 15 times slower
    assert rules.optimized()


def test_rules_answer_in_python_terms():
    assert rules.fold_name("The Intercept’s") == rules.fold_name("intercept") == "intercept"
    assert rules.fold_name(None) == ""
    assert rules.person_from_citation("Hussain, Murtaza") == "Murtaza Hussain"
    assert rules.is_org("Iranian Canadian Congress") and not rules.is_org("Trita Parsi")
    assert rules.month_number("Sept.") == 9 and rules.month_number("Monday") is None
    assert rules.is_reference_heading("## References") and not rules.is_reference_heading("References to the war were many")
    found = rules.find_reference_list("Body [1].\n\nNotes\n[1] Doe, John, A Title, The Times, 2020.\n")
    assert found is not None and found.references[0].authors == ["John Doe"]
    assert "Notes" in "Body [1].\n\nNotes\n[1] Doe"[found.start : found.end + 4]
