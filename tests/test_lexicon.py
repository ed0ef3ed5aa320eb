"""Issue 12: words are data. The lexicon is read when provgraph starts (no rebuild), a user
adds words with --lexicon, a bad file names itself in one line, and the core's records are
checked against the model's fields."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from provgraph.loaders import rules
from provgraph.loaders.lexicon import LexiconError, merge, package_lexicon

ARTICLE = "Ines Duarte harrumphed that “the ovens will stay open through the whole of the winter season.”\n"


def provgraph(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command in its own process: the lexicon is fixed once per process."""
    return subprocess.run(
        [sys.executable, "-c", "from provgraph.cli.main import cli; cli()", *args],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip


def speakers(run: subprocess.CompletedProcess) -> list[str | None]:
    assert run.returncode == 0, run.stderr
    return [q["speaker"] for q in json.loads(run.stdout)["quotes"]]


def test_a_users_reporting_verb_is_read_without_a_rebuild(tmp_path):
    article = tmp_path / "bakers.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    words = tmp_path / "words.json"
    words.write_text(json.dumps({"REPORTING_VERBS": ["harrumphed"]}), encoding="utf-8")
    assert speakers(provgraph("extract", str(article), "--json")) == [None]
    assert speakers(provgraph("--lexicon", str(words), "extract", str(article), "--json")) == ["Ines Duarte"]
    env = {**__import__("os").environ, "PROVGRAPH_LEXICON": str(words)}
    assert speakers(provgraph("extract", str(article), "--json", env=env)) == ["Ines Duarte"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"REPORTING_VERB": ["harrumphed"]}, "REPORTING_VERB is not a list of the lexicon"),
        ({"REPORTING_VERBS": "harrumphed"}, "REPORTING_VERBS: expected a list of words"),
        ({"MONTHS": {"it": {"gennaio": 13}}}, "MONTHS.it.gennaio: not a month number"),
    ],
)
def test_a_bad_lexicon_file_is_one_line_naming_it(tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(content), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    run = provgraph("--lexicon", str(bad), "extract", str(article))
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and message in run.stderr and (str(bad) in run.stderr or "lexicon" in run.stderr)


def test_lists_are_extended_and_objects_merged():
    base = {"REPORTING_VERBS": ["said"], "MONTHS": {"en": {"june": 6}}, "_about": "x"}
    merged = merge(base, {"REPORTING_VERBS": ["said", "quipped"], "MONTHS": {"it": {"giugno": 6}}}, "mine.json")
    assert merged["REPORTING_VERBS"] == ["said", "quipped"]
    assert merged["MONTHS"] == {"en": {"june": 6}, "it": {"giugno": 6}}
    with pytest.raises(LexiconError, match="mine.json: MONTHS: expected an object"):
        merge(base, {"MONTHS": ["june"]}, "mine.json")


def test_every_word_list_lives_in_the_lexicon_file():
    """Issue 12: words written inside the Rust cost a rebuild to change. A list of eight or
    more quoted words in the core's source is a word list that belongs in the lexicon."""
    lexicon = package_lexicon()
    for key in ("REPORTING_VERBS", "KNOWN_OUTLETS", "MONTHS", "NOT_NAMES", "PREPOSITIONS", "NOT_DESCRIPTIONS", "ATTRIBUTION_CUES"):
        assert lexicon[key], key
    word_list = re.compile(r'\[(?:\s*"[^"\n]{1,30}",?){8,}\s*\]')
    core = Path(__file__).resolve().parent.parent / "core" / "src"
    found = {path.name: word_list.findall(path.read_text(encoding="utf-8")) for path in core.glob("*.rs") if path.name != "lib.rs"}
    assert {name: lists for name, lists in found.items() if lists} == {}


def test_the_core_records_line_up_with_the_model(monkeypatch):
    rules._check_boundary()  # as at import
    fields = dict(rules._core.RECORD_FIELDS)
    fields["Quote"] = [*fields["Quote"][:-2], "speaker_via", "attribution"]  # two fields swapped
    monkeypatch.setattr(rules._core, "RECORD_FIELDS", fields)
    with pytest.raises(ImportError, match="core answers Quote as"):
        rules._check_boundary()


def test_the_lexicon_cannot_change_once_text_is_read(tmp_path):
    run = subprocess.run(
        [sys.executable, "-c", "from provgraph.loaders import extract_text, lexicon; extract_text('a'); lexicon.use_lexicon('x.json')"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode != 0 and "already in use" in run.stderr
    assert Path("x.json").exists() is False
