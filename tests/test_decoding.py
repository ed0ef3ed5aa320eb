"""Honest decoding (issue 13): a few bad bytes in UTF-8 do not turn a whole file into another
encoding, a legacy 8-bit Western file decodes by a rule a person can predict, and `load`
says so."""

from __future__ import annotations

import json

from click.testing import CliRunner
from provgraph.cli.main import cli
from provgraph.loaders import extract_file

QUOTE = "“We will not stop this work now or ever, señor,” said Ana Ruiz in Málaga.\n"


def test_one_bad_byte_in_utf8_keeps_the_rest_utf8(tmp_path):
    p = tmp_path / "a.txt"
    body = QUOTE.encode("utf-8") * 10
    p.write_bytes(body[:200] + b"\xff" + body[200:])
    doc = extract_file(p)
    assert doc.meta.encoding == "utf-8"
    assert len(doc.quotes) == 10 and "\ufffd" in doc.text
    [warning] = [w for w in doc.warnings if w.code == "encoding"]
    assert "offset 200" in warning.message


def test_latin1_text_decodes_as_western(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(
        '"We will not stop this work now or ever, señor," said Ana Ruiz in Málaga.\n'.encode("latin-1")
    )
    doc = extract_file(p)
    assert "señor" in doc.text and "Málaga" in doc.text
    assert doc.meta.encoding == "cp1252"


def test_load_reports_decoding_warnings(tmp_path):
    p = tmp_path / "c.txt"
    p.write_bytes(QUOTE.encode("utf-8")[:30] + b"\xff" + QUOTE.encode("utf-8")[30:])
    runner = CliRunner(env={"PROVGRAPH_STORE": str(tmp_path / "graph")})
    r = runner.invoke(cli, ["load", str(p), "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    assert summary["warnings"] and summary["warnings"][0]["path"] == str(p)
    r = runner.invoke(cli, ["load", str(p), "--fresh"])
    assert "offset 30" in r.output


def test_a_cyrillic_8bit_file_is_not_read_as_western(tmp_path):
    p = tmp_path / "d.txt"
    p.write_bytes(
        "«Мы не остановим эту работу никогда», — сказала Анна Руис в Москве вчера.\n".encode("cp1251")
    )
    doc = extract_file(p)
    assert "остановим" in doc.text and doc.meta.encoding == "cp1251"


def test_the_decoding_guess_is_recorded_on_the_source(tmp_path):
    """Issue 13: how an article's bytes were decoded, and how sure that is, stays with it."""
    from provgraph.graph import load_paths, open_store

    (tmp_path / "utf8.txt").write_text("“El señor dijo que el puerto seguirá abierto todo el invierno,” dijo Ana Ruiz.\n", encoding="utf-8")
    (tmp_path / "western.txt").write_bytes("“El señor dijo que el puerto seguirá abierto todo el invierno,” dijo Ana Ruiz.\n".encode("cp1252"))
    with open_store(str(tmp_path / "graph")) as store:
        load_paths(store, [tmp_path / "utf8.txt", tmp_path / "western.txt"])
        rows = store.query("MATCH (s:Source) WHERE s.loaded = true RETURN s.path AS p, s.encoding AS e, s.encoding_confidence AS c ORDER BY p")
    assert [(r["e"], r["c"]) for r in rows][0] == ("utf-8", 1.0)
    assert rows[1]["e"] == "cp1252" and 0.5 < rows[1]["c"] < 1.0
    assert extract_file(tmp_path / "western.txt").to_dict()["document"]["encoding_confidence"] == rows[1]["c"]
