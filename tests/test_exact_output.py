"""What a person reads must be what the article printed: table output reads no markup from
article text, and drops only the control characters a terminal would obey (issue 14)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from provgraph.cli.main import cli

HOSTILE = (
    "“The board kept increasing bonds, [and] eliminating the [bold]reserve[/bold] fund for [/i] years,” "
    "said Ana Ruiz.\x1b]0;owned\x07\n"
)
AS_PRINTED = (
    "The board kept increasing bonds, [and] eliminating the [bold]reserve[/bold] fund for [/i] years,"
)


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "hostile.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    return p


def flat(output: str) -> str:
    """The words of a table, its borders and line folds taken out."""
    return " ".join("".join(c if c not in "│┃┏┓┗┛┡┩└┘━─┳┻╇┼┃" else " " for c in output).split())


def test_extract_summary_prints_brackets_and_tags_as_written(article):
    r = CliRunner().invoke(cli, ["extract", str(article)], terminal_width=400)
    assert r.exit_code == 0, r.output
    assert AS_PRINTED in flat(r.output)
    assert "\x1b" not in r.output and "\x07" not in r.output


def test_trace_and_query_tables_print_the_quotation_as_written(article, tmp_path):
    runner = CliRunner(env={"PROVGRAPH_STORE": str(tmp_path / "graph")})
    assert runner.invoke(cli, ["load", str(article)]).exit_code == 0
    trace = runner.invoke(cli, ["trace", "eliminating the"], terminal_width=400)
    assert trace.exit_code == 0, trace.output
    assert AS_PRINTED in flat(trace.output)
    query = runner.invoke(cli, ["query", "who-said", "--param", "person=Ruiz"], terminal_width=400)
    assert query.exit_code == 0, query.output
    assert "[and]" in query.output and "[/i]" in query.output
    assert "\x1b" not in trace.output + query.output


def test_csv_output_neutralises_formula_cells(tmp_path):
    """Issue 13: a cell a spreadsheet would run as a formula is written with a leading
    apostrophe, as spreadsheet-safe CSV writers do; the stored text is unchanged."""
    p = tmp_path / "formula.txt"
    p.write_text("“=HYPERLINK(\"http://x.example\",\"see the board report here now\")” said Ana Ruiz.\n", encoding="utf-8")
    runner = CliRunner(env={"PROVGRAPH_STORE": str(tmp_path / "graph")})
    assert runner.invoke(cli, ["load", str(p)]).exit_code == 0
    r = runner.invoke(cli, ["query", "who-said", "--param", "person=Ruiz", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "'=HYPERLINK" in r.output and ",=HYPERLINK" not in r.output


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["viz", "--trace", "board"]])
def test_writing_into_a_missing_folder_is_a_one_line_error(tmp_path, command):
    runner = CliRunner(env={"PROVGRAPH_STORE": str(tmp_path / "graph")})
    p = tmp_path / "a.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    assert runner.invoke(cli, ["load", str(p)]).exit_code == 0
    target = tmp_path / "missing" / "out.file"
    r = runner.invoke(cli, [*command, "-o", str(target)])
    assert r.exit_code == 1 and r.exception is None or isinstance(r.exception, SystemExit), r.output
    assert str(target.parent) in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1
