"""Issue 13: a load killed with SIGKILL at any point, then run again, gives the graph a clean
load gives: every node, relationship and property (quotation origins included)."""

from __future__ import annotations

import random
import subprocess
import sys
import time

from provgraph.graph import load_paths, open_store

from .test_stores import _canonical

KILLS = 10
LOAD = [sys.executable, "-c", "from provgraph.cli.main import cli; cli()", "load"]


def corpus_of(seeds, folder, copies: int = 4):
    """The seeds several times over (each copy a changed article), so a load lasts long enough
    to be killed in the middle, on a fast machine too."""
    folder.mkdir()
    for k in range(copies):
        for seed in sorted(seeds.glob("*.txt")):
            (folder / f"{k}-{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\nCopy {k}.\n", encoding="utf-8")
    return folder


def test_a_killed_load_reruns_to_the_graph_a_clean_load_gives(seeds, tmp_path):
    corpus = corpus_of(seeds, tmp_path / "corpus")
    with open_store(str(tmp_path / "clean")) as clean:
        load_paths(clean, [corpus])
        expected = _canonical(clean)
    t0 = time.monotonic()
    subprocess.run([*LOAD, str(corpus), "--store", str(tmp_path / "timed")], capture_output=True, check=True)
    whole = time.monotonic() - t0  # start-up and the load: the kills land across it
    chance = random.Random(13)
    killed_mid_load = 0
    for k in range(KILLS):
        store = tmp_path / f"killed-{k}"
        proc = subprocess.Popen([*LOAD, str(corpus), "--store", str(store)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0.35, 0.95) * whole)
        if proc.poll() is None:
            killed_mid_load += 1
        proc.kill()
        proc.wait()
        with open_store(str(store)) as rerun:
            load_paths(rerun, [corpus])
            assert _canonical(rerun) == expected, f"kill {k}"
    assert killed_mid_load >= KILLS // 2  # most kills landed inside a load, not after it


def test_origins_left_unwritten_are_repaired_by_the_next_run(seeds, tmp_path):
    """The state a kill between an article's transaction and the run's end leaves behind:
    articles written, their quotations without origins, nothing left for the rerun to load."""
    with open_store(str(tmp_path / "g")) as store:
        load_paths(store, [seeds])
        expected = _canonical(store)
        store.write([
            ("MATCH (q:Quote) SET q.origin = NULL, q.first_seen = NULL", {}),
            ("MATCH (s:Source) WHERE s.loaded = true SET s.origins_pending = true", {}),
        ])  # fmt: skip
        summary = load_paths(store, [seeds])
        assert summary.loaded == [] and len(summary.unchanged) == 5
        assert _canonical(store) == expected
