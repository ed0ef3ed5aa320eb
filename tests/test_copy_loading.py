"""Issue 15: the embedded store takes new articles by COPY FROM, a group at a time, and must
end with exactly the graph that MERGE statements written article by article give, whether
the store starts empty or already holds some of the same outlets, people and reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from provgraph.graph import load_paths, open_store
from provgraph.graph.schema import NODE_PROPERTIES, REL_TYPES

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds) -> Path:
    """The seeds and our fixture articles: several cite the same reports and quote the same
    people, so groups meet nodes that an earlier group or an earlier run stored."""
    folder = tmp_path_factory.mktemp("corpus")
    for f in [*sorted(seeds.glob("*.txt")), *sorted(FIXTURES.iterdir())]:
        shutil.copy(f, folder / f.name)
    return folder


def graph_dump(store) -> dict:
    """Every node and edge with every property, in a stable order (when it was loaded aside)."""
    dump: dict[str, list] = {}
    for label in NODE_PROPERTIES:
        rows = store.query(f"MATCH (n:{label}) RETURN n")
        dump[label] = sorted(repr(sorted((k, v) for k, v in r["n"].items() if k != "loaded_at")) for r in rows)
    for rel in REL_TYPES:
        rows = store.query(f"MATCH (a)-[e:{rel}]->(b) RETURN a.id AS a, b.id AS b, e")
        dump[rel] = sorted(repr((r["a"], r["b"], sorted(r["e"].items()))) for r in rows)
    return dump


def merge_only(store):
    store.copies_files = False  # the MERGE statements, as Neo4j gets them
    return store


def test_copy_groups_give_the_graph_merge_gives(corpus, tmp_path):
    files = sorted(corpus.iterdir())
    with merge_only(open_store(str(tmp_path / "merge"))) as merged, open_store(str(tmp_path / "copy")) as copied:
        for run in (files[:11], files):  # into an empty store, then one holding the same people and reports
            one_by_one = load_paths(merged, run, group=1)
            grouped = load_paths(copied, run, group=4)
            assert not one_by_one.failed and not grouped.failed
            assert grouped.loaded == one_by_one.loaded and len(grouped.loaded) == len(run) - len(grouped.unchanged)
        assert graph_dump(copied) == graph_dump(merged)


def test_a_changed_article_in_a_copy_group_is_replaced(corpus, tmp_path):
    work = tmp_path / "articles"
    shutil.copytree(corpus, work)
    with open_store(str(tmp_path / "copy")) as copied, merge_only(open_store(str(tmp_path / "merge"))) as merged:
        load_paths(copied, [work])
        changed = sorted(work.glob("0*.txt"))[1]
        changed.write_text(changed.read_text(encoding="utf-8").replace("[3]", "[2]", 1), encoding="utf-8")
        summary = load_paths(copied, [work])
        assert summary.replaced == [str(changed)] and len(summary.unchanged) == len(list(work.iterdir())) - 1
        load_paths(merged, [work], group=1)
        assert graph_dump(copied) == graph_dump(merged)
