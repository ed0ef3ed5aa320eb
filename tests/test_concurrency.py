"""Issue 13: readers do not block readers; a writer waits a bounded time, then says so; a
command that only reads never creates a store."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from click.testing import CliRunner
from provgraph.cli.main import cli
from provgraph.graph import load_paths, open_store

CLI = [sys.executable, "-c", "from provgraph.cli.main import cli; cli()"]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, seeds):
    path = tmp_path_factory.mktemp("conc") / "graph"
    with open_store(str(path)) as store:
        load_paths(store, [seeds])
    return path


def test_read_only_commands_run_side_by_side(loaded):
    commands = [["stats", "--json"], ["trace", "never been a real person", "--json"]] * 8
    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = list(pool.map(lambda c: subprocess.run([*CLI, *c, "--store", str(loaded)], capture_output=True, text=True), commands))
    assert [r.returncode for r in runs] == [0] * 16, [r.stderr for r in runs if r.returncode]


def test_a_writer_waits_for_the_store_then_says_so(loaded, seeds):
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import time; from provgraph.graph import open_store; s = open_store({str(loaded)!r}); print('open', flush=True); time.sleep(4)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "open"
    t0 = time.monotonic()
    quick = subprocess.run([*CLI, "load", str(seeds), "--store", str(loaded), "--wait", "0.5"], capture_output=True, text=True)
    assert quick.returncode == 1 and time.monotonic() - t0 < 3.5
    assert quick.stderr.strip().endswith("the store is in use by another process (waited 0.5 s; close it, use --wait, or another --store)")
    patient = subprocess.run([*CLI, "load", str(seeds), "--store", str(loaded), "--wait", "30"], capture_output=True, text=True)
    holder.wait()
    assert patient.returncode == 0 and "5 unchanged" in patient.stdout


def test_reading_a_store_that_is_not_there_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, ["stats", "--store", str(tmp_path / "nothing-here")])
    assert r.exit_code == 1 and "no store here; load articles first" in r.stderr
    assert not (tmp_path / "nothing-here").exists()
