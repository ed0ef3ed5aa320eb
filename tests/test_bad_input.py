"""Bad input: a clear message naming the file and the problem, never a traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from provgraph.cli.main import cli
from provgraph.loaders import ExtractionError, extract_file
from provgraph.loaders.reading import read_article


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("   \n")
    with pytest.raises(ExtractionError, match="empty.txt: file is empty"):
        extract_file(p)


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ExtractionError, match="binary"):
        extract_file(p)


def test_file_over_the_size_limit(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text("word " * 1000)
    with pytest.raises(ExtractionError, match="over the 100-byte limit"):
        read_article(p, max_bytes=100)


def test_utf16_with_bom_and_latin1_fallback(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("“We will not stop this work now or ever,” said Ana Ruiz.\n".encode("utf-16"))
    assert extract_file(p).quotes[0].speaker == "Ana Ruiz"
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\xe9 owners said the decision was made without any consultation at all.\n".encode("latin-1"))
    doc = extract_file(p)
    assert any(w.code == "encoding" for w in doc.warnings)


def test_malformed_and_deeply_nested_html(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * 5000 + "<p>“This is a quote of more than six words,” said Ana Ruiz.</p><p>unclosed <b>bold")
    doc = extract_file(p)
    assert doc.quotes and doc.quotes[0].speaker == "Ana Ruiz"


def test_html_footnotes_become_references(tmp_path):
    p = tmp_path / "fn.html"
    p.write_text(
        '<html><head><meta property="og:site_name" content="Example News"><title>T</title></head><body>'
        '<p>A claim that matters.<sup><a href="#fn1">1</a></sup></p>'
        '<ol class="footnotes"><li id="fn1">Doe, Jane, A Report Title, The Guardian, March 3rd, 2021.</li></ol></body></html>'
    )
    doc = extract_file(p)
    assert doc.meta.site == "Example News"
    assert doc.references[0].outlet == "The Guardian" and doc.claims[0].refs == [1]


def test_markers_with_no_list_and_list_with_no_markers_are_reported():
    from provgraph.loaders import extract_text

    doc = extract_text("A claim with a marker.[4] And another.[5]\n")
    assert any(w.code == "markers-without-list" for w in doc.warnings)
    doc = extract_text("No markers at all here.\n\nReferences\n[1] Doe, John, A Title, The Times, 2020.\n")
    assert any(w.code == "uncited-reference" for w in doc.warnings)


def test_cli_exit_codes_and_messages(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = runner.invoke(cli, ["extract", str(empty)])
    assert r.exit_code == 1 and "empty.txt: file is empty" in r.output and "Traceback" not in r.output
    r = runner.invoke(cli, ["extract", str(tmp_path / "missing.txt"), "--format", "json"])
    assert r.exit_code == 1 and "no such file" in r.output


def test_load_reports_the_failed_article_and_loads_the_rest(tmp_path, seeds):
    bad = tmp_path / "corpus"
    bad.mkdir()
    (bad / "a.txt").write_text((seeds / "003_f94b7a0ef6b179a0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (bad / "b.txt").write_bytes(b"\x00\x01\x02binary")
    runner = CliRunner()
    r = runner.invoke(cli, ["load", str(bad), "--store", str(tmp_path / "g"), "--json"])
    assert r.exit_code == 3
    out = json.loads(r.stdout)
    assert out["loaded"] == 1 and out["failed"][0]["path"].endswith("b.txt")


def test_a_curly_mark_inside_a_cue_is_read_not_a_crash():
    """Found by scripts/fuzz_loaders.py: a closing mark inside the words before a quotation
    made the core slice a string inside that mark's bytes, and the article failed to load."""
    from provgraph.loaders import extract_text

    doc = extract_text(
        "According to a statement from” the city's finance office, "
        '"the budget closes a projected shortfall without raising any taxes."'
    )
    assert [q.text for q in doc.quotes] == ["the budget closes a projected shortfall without raising any taxes."]


def test_a_very_long_quoted_title_is_read_not_a_crash():
    """Found by scripts/fuzz_loaders.py: a title of 64,000 characters between quote marks ran
    the pattern engine out of its 32 KiB stack, and the article failed to load."""
    from provgraph.loaders import extract_text

    title = "harbour’s board " * 4000
    doc = extract_text("The board answered.[1]\n\nReferences\n[1] Ruiz, Ana, ‘" + title + "’, The Ledger, June 1st, 2020.\n")
    assert [r.n for r in doc.references] == [1]
