"""The README's tour is real output: every command in it is run here on the seeds, and what
it prints must be what the README shows (issue 14).

In the tour, "…" stands for words left out of a line, and a line in square brackets is the
README's own note ("[a table of …]") standing for lines left out.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from click.testing import CliRunner
from provgraph.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent


def tour() -> list[tuple[list[str], list[str]]]:
    """(arguments, expected lines) for each command of the tour's first text block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## A short tour") :]
    block = section[section.index("```text\n") + 8 : section.index("\n```", section.index("```text"))]
    steps: list[tuple[list[str], list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ provgraph "):
            command = line[len("$ provgraph ") :].split("  #")[0]
            steps.append((shlex.split(command), []))
        elif steps:
            steps[-1][1].append(line)
    return steps


def as_pattern(expected: list[str]) -> re.Pattern:
    """The expected lines as one pattern: "…" matches any words, a bracketed note any lines."""
    parts = []
    in_note = False
    for line in expected:
        if in_note or line.startswith("["):  # a note may run over several lines, to its "]"
            if not in_note:
                parts.append(r"(?:[^\n]*\n)*?")
            in_note = not line.endswith("]")
        elif not line.strip():
            continue
        else:
            parts.append(".*?".join(re.escape(piece) for piece in line.rstrip().split("…")) + r"\n")
    return re.compile("".join(parts))


def test_the_tour_runs_as_printed(tmp_path, monkeypatch, seeds):
    shutil.copytree(seeds, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PROVGRAPH_STORE", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    steps = tour()
    assert len(steps) >= 4
    runner = CliRunner()
    for args, expected in steps:
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, (args, result.output)
        printed = "\n".join(line.rstrip() for line in result.output.splitlines()) + "\n"
        assert as_pattern(expected).fullmatch(printed), f"provgraph {shlex.join(args)} printed:\n{printed}"
