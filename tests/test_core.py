"""The compiled core's own tests (``cargo test``): the hand-written readers held to the
patterns they stand for on every word of the seeds and fixtures, and offsets in characters.
The rest of the suite tests the core through the library and the CLI."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from provgraph.loaders import rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("cargo") is None, reason="cargo builds and tests the core")
def test_core_passes_its_cargo_tests():
    run = subprocess.run(
        ["cargo", "test", "--release", "--quiet", "--manifest-path", str(ROOT / "core" / "Cargo.toml")],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]


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
