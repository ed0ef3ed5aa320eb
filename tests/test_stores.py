"""One suite, both stores: loading, idempotence, replacement, atomicity, the canned queries."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from provgraph.graph import graph_stats, load_paths, open_store
from provgraph.graph.store import StoreError
from provgraph.queries import all_queries, run_query
from provgraph.queries.trace import trace_quote

SEED_NODES = {"Source": 14, "Outlet": 17}  # 2 outlets come only from in-text mentions


def test_load_seeds_counts_and_idempotence(store, seeds):
    first = load_paths(store, [seeds])
    assert len(first.loaded) == 5 and not first.failed
    counts = graph_stats(store)
    assert counts["articles"] == 5
    for label, n in SEED_NODES.items():
        assert counts["nodes"][label] == n
    again = load_paths(store, [seeds])
    assert len(again.unchanged) == 5 and not again.loaded
    assert graph_stats(store) == counts


def test_one_report_cited_by_two_articles_is_one_source(store, seeds):
    load_paths(store, [seeds])
    rows = store.query(
        "MATCH (s:Source) WHERE s.title STARTS WITH 'An Iranian Activist' "
        "MATCH (a:Source)-[:MAKES]->(:Claim)-[:CITES]->(s) RETURN s.id AS id, count(DISTINCT a) AS articles"
    )
    assert len(rows) == 1 and rows[0]["articles"] == 2


def test_changed_file_replaces_its_claims(store, seeds, tmp_path):
    art = tmp_path / "a.txt"
    shutil.copy(seeds / "003_f94b7a0ef6b179a0.txt", art)
    load_paths(store, [art])
    before = graph_stats(store)
    art.write_text(art.read_text(encoding="utf-8") + "\n“A brand new quotation of more than six words,” said Ana Ruiz.\n", encoding="utf-8")
    summary = load_paths(store, [art])
    assert summary.replaced == [str(art)]
    after = graph_stats(store)
    assert after["articles"] == 1
    assert after["nodes"]["Quote"] == before["nodes"]["Quote"] + 1
    assert after["nodes"]["Claim"] == before["nodes"]["Claim"] + 1


def test_failed_write_leaves_nothing_behind(store):
    with pytest.raises(StoreError):
        store.write([("CREATE (:Outlet {id: 'x', name: 'X'})", {}), ("THIS IS NOT CYPHER", {})])
    assert store.query("MATCH (o:Outlet {id: 'x'}) RETURN count(o) AS n")[0]["n"] == 0


def test_trace_names_heyrani_and_the_intercept_origin(store, seeds):
    load_paths(store, [seeds])
    result = trace_quote(store, "never been a real person")
    assert result["speaker"] == "Hassan Heyrani"
    assert result["origin"]["outlet"] == "The Intercept" and result["origin"]["date"] == "2019-06-09"
    assert len(result["articles"]) == 3


def test_claims_resting_on_the_intercept_report(store, seeds):
    load_paths(store, [seeds])
    rows = run_query(store, "claims-resting-on", {"source": "Intercept June 2019"})
    # every path of support, on either store: the same articles trace names, and each row's path
    assert {Path(r["path"]).name[:3] for r in rows} == {"000", "001", "002", "003"}
    assert {r["rests_by"] for r in rows} == {
        "footnote", "mention in the text", "quotation first reported there", "another wording of a quotation first reported there",
    }  # fmt: skip
    assert all(r["hops"] == (2 if r["rests_by"].startswith("another") else 1) for r in rows)


def test_every_canned_query_runs_with_its_example(store, seeds):
    load_paths(store, [seeds])
    for name, q in all_queries().items():
        rows = run_query(store, name, {p.name: p.example for p in q.params})
        assert isinstance(rows, list), name


def test_citation_cycles_are_found_once_per_start(store):
    store.write(
        [
            ("UNWIND $ids AS i CREATE (:Source {id: i, title: i, loaded: false})", {"ids": ["s0", "s1", "s2"]}),
            ("CREATE (:Claim {id: 'c1', text: 'x', doc: 'd', char_start: 0, char_end: 1})", {}),
            ("MATCH (c:Claim {id: 'c1'}), (s:Source {id: 's0'}) CREATE (c)-[:CITES {n: 1, doc: 'd'}]->(s)", {}),
            ("MATCH (a:Source {id: 's0'}), (b:Source {id: 's1'}) CREATE (a)-[:CITES {n: 1, doc: 'd'}]->(b)", {}),
            ("MATCH (a:Source {id: 's1'}), (b:Source {id: 's0'}) CREATE (a)-[:CITES {n: 1, doc: 'e'}]->(b)", {}),
        ]
    )
    cycles = run_query(store, "circular-citations")
    assert sorted((r["source"], r["length"]) for r in cycles if r["kind"] == "cycle") == [("s0", 2), ("s1", 2)]
    # relationship-unique paths on both engines (without TRAIL LadybugDB would walk to 6 hops)
    rows = store.query("MATCH p = (c:Claim {id: 'c1'})-[:CITES*1..6]->(x:Source) RETURN x.id AS x, length(p) AS hops ORDER BY hops")
    assert [(r["x"], r["hops"]) for r in rows] == [("s0", 1), ("s1", 2), ("s0", 3)]


def test_queries_on_an_empty_graph_return_nothing(store):
    assert run_query(store, "cited-not-loaded") == []
    assert run_query(store, "who-said", {"person": "nobody"}) == []


def test_same_answers_on_both_stores(seeds, tmp_path, neo4j_uri):
    answers = []
    for spec in (str(tmp_path / "g"), neo4j_uri):
        with open_store(spec) as s:
            s.clear()
            load_paths(s, [seeds])
            out = {"stats": graph_stats(s)["nodes"]}
            for name, q in all_queries().items():
                rows = run_query(s, name, {p.name: p.example for p in q.params})
                out[name] = len(rows)
            answers.append(out)
    assert answers[0] == answers[1]


def test_store_errors_are_clear(tmp_path):
    with pytest.raises(StoreError, match="cannot reach Neo4j"):
        open_store("bolt://127.0.0.1:9")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "dir" / "g"))
    first = open_store(str(tmp_path / "held"))
    try:
        import subprocess
        import sys

        code = f"from provgraph.graph import open_store\nopen_store({str(tmp_path / 'held')!r})"
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert r.returncode != 0 and "in use by another process" in r.stderr
    finally:
        first.close()


def test_grouped_loading_gives_the_same_graph(store, seeds, tmp_path):
    from provgraph.graph import open_store as _open

    load_paths(store, [seeds], group=4)
    grouped = graph_stats(store)
    with _open(str(tmp_path / "single")) as single:
        load_paths(single, [seeds])
        assert graph_stats(single)["nodes"] == grouped["nodes"]
        assert graph_stats(single)["relationships"] == grouped["relationships"]


class PoisonedWrites:
    """A store that refuses any write carrying the article at ``poison`` (a failing disk, a
    constraint violation): the rest of a group must still load, and nothing of it remain."""

    def __init__(self, inner, poison: str):
        self.inner, self.poison = inner, poison

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def write(self, batches):
        for cypher, params in batches:
            rows = [r for value in params.values() if isinstance(value, list) for r in value]
            copied = re.match(r"COPY \w+ FROM '([^']*)'", cypher)  # the embedded store's COPY files
            if any(self.poison in str(r.get("path", "")) for r in rows) or (copied and self.poison in Path(copied[1]).read_text()):
                raise StoreError(f"{self.name}: refused")
        self.inner.write(batches)


def test_a_failing_article_in_a_group_fails_alone(store, seeds, tmp_path):
    poisoned = PoisonedWrites(store, "002_")
    summary = load_paths(poisoned, [seeds], group=5)
    assert [p for p, _ in summary.failed] == [str(seeds / "002_c3c8507b488f6251.txt")]
    assert len(summary.loaded) == 4
    assert store.query("MATCH (s:Source) WHERE s.path CONTAINS '002_' RETURN count(s) AS n")[0]["n"] == 0
    assert graph_stats(store)["articles"] == 4


def test_bulk_copy_path_gives_the_same_graph_as_merge(seeds, tmp_path):
    from provgraph.graph import open_store as _open
    from provgraph.graph.bulk import bulk_load

    with _open(str(tmp_path / "merge")) as merged, _open(str(tmp_path / "bulk")) as bulk:
        load_paths(merged, [seeds])
        summary = bulk_load(bulk, [seeds])
        assert len(summary.loaded) == 5
        a, b = graph_stats(merged), graph_stats(bulk)
        assert a["nodes"] == b["nodes"] and a["relationships"] == b["relationships"] and b["articles"] == 5
        assert trace_quote(bulk, "never been a real person")["speaker"] == "Hassan Heyrani"
        origins = "MATCH (q:Quote) RETURN q.id AS id, q.first_seen AS f, q.origin AS o ORDER BY id"
        assert merged.query(origins) == bulk.query(origins)
        with pytest.raises(StoreError, match="needs an empty store"):
            bulk_load(bulk, [seeds])
        # and it stays an ordinary store: loading again with MERGE changes nothing
        again = load_paths(bulk, [seeds])
        assert len(again.unchanged) == 5 and graph_stats(bulk) == b


def test_bulk_path_reads_hostile_text_in_late_rows_exactly(seeds, tmp_path, monkeypatch):
    """Issue 13: the CSV reader guessed its quoting from the first rows, so a quote mark, a
    line break or a comma in a late row was stored with its escapes or failed the whole load;
    and a quote mark in the temporary folder's path broke the COPY statement."""
    from provgraph.graph.bulk import bulk_load

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(60):
        for seed in sorted(seeds.glob("*.txt")):
            (corpus / f"{k:03d}-{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\nCopy {k}.\n", encoding="utf-8")
    hostile = 'O"Brien, Pat, “The “Harbour” Files, part one,” The Ledger, June 1st, 2020, https://ledger.example/a,b'
    (corpus / "zzz-last.txt").write_text(
        "The board never answered the guild.[1]\n\nReferences\n[1] " + hostile + "\n", encoding="utf-8"
    )
    odd_tmp = tmp_path / "it's tmp"
    odd_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(odd_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    with open_store(str(tmp_path / "bulk")) as store:
        summary = bulk_load(store, [corpus])
        assert len(summary.loaded) == 301 and not summary.failed
        raws = {r["raw"] for r in store.query("MATCH (s:Source) WHERE s.loaded = false RETURN s.raw AS raw")}
        assert hostile in raws
        quotes = store.query("MATCH (q:Quote) WHERE q.norm CONTAINS 'never been a real person' RETURN q.text AS t")
        assert quotes and all('""' not in q["t"] for q in quotes)


def test_bulk_path_refuses_neo4j(neo4j_uri, seeds):
    from provgraph.graph import open_store as _open
    from provgraph.graph.bulk import bulk_load

    with _open(neo4j_uri) as s, pytest.raises(StoreError, match="embedded store"):
        bulk_load(s, [seeds])


def test_seed_quote_origin_is_the_intercept_report(store, seeds):
    load_paths(store, [seeds])
    rows = store.query(
        "MATCH (q:Quote) WHERE q.norm = 'this is not and has never been a real person' "
        "MATCH (o:Source {id: q.origin}) RETURN q.first_seen AS f, o.outlet AS outlet"
    )
    assert rows == [{"f": "2019-06-09", "outlet": "The Intercept"}]


def _canonical(store) -> tuple[list, list]:
    """The whole graph as sorted, comparable records, less what differs by load (times, paths)."""
    from provgraph.graph.export import graph_records

    nodes, rels = graph_records(store)
    drop = {"loaded_at", "path"}
    node_rows = sorted(repr(sorted((k, v) for k, v in n.items() if k not in drop)) for n in nodes)
    rel_rows = sorted(repr(sorted(r.items())) for r in rels)
    return node_rows, rel_rows


def test_reloading_changed_articles_equals_a_fresh_load(store, seeds, tmp_path):
    """Issue 13: a changed article sharing outlets, people, reports and quotations with others
    is replaced, and the graph is the one a fresh load of the changed corpus gives."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds, corpus)
    load_paths(store, [corpus])
    for name in ("001_fa627dcc29f56731.txt", "003_f94b7a0ef6b179a0.txt"):
        art = corpus / name
        art.write_text(
            art.read_text(encoding="utf-8") + "\nIn June 2019, The Intercept revealed more of the story.\n",
            encoding="utf-8",
        )
    summary = load_paths(store, [corpus])
    assert not summary.failed and len(summary.replaced) == 2
    reloaded = _canonical(store)
    store.clear()
    load_paths(store, [corpus])
    assert reloaded == _canonical(store)


def test_a_store_an_older_provgraph_wrote_gets_its_derived_properties(seeds, tmp_path):
    """Issue 15: claims keep their roots and appearances their speaker; a store written before
    they did must answer the same once opened, not as if no claim had a root."""
    spec = str(tmp_path / "old")
    with open_store(spec) as store:
        load_paths(store, [seeds])
        before = {name: run_query(store, name, params) for name, params in
                  (("single-source-claims", {}), ("independent-origins", {}), ("who-said", {"person": "Heyrani"}))}  # fmt: skip
        assert all(before.values())
        for table, column in (("Claim", "roots"), ("QUOTES", "person"), ("QUOTES", "speaker_how"),
                              ("QUOTES", "speaker_confidence"), ("QUOTES", "attribution")):  # fmt: skip
            store._conn.execute(f"ALTER TABLE {table} DROP {column}")
    with open_store(spec, read_only=True) as store:  # a read command, first after the upgrade
        assert {name: run_query(store, name, params) for name, params in
                (("single-source-claims", {}), ("independent-origins", {}), ("who-said", {"person": "Heyrani"}))} == before  # fmt: skip


def test_a_store_written_before_footnote_marks_gets_them_when_opened(store, seeds):
    """`unsourced` reads each appearance's `footnoted` mark (walking a much-quoted quotation's
    every footnote per appearance took 40 s on Neo4j at 10,000 articles). A store an older
    provgraph wrote has no marks: opening it fills them, on either store."""
    from provgraph.graph import open_store
    from provgraph.graph.neo4j_store import Neo4jStore

    load_paths(store, [seeds])
    marked = run_query(store, "unsourced")
    assert any(r["problem"].startswith("quotation with no speaker") for r in marked)
    if isinstance(store, Neo4jStore):  # as an older provgraph left it: no marks, no doc index
        store.write([("MATCH ()-[a:QUOTES]->() SET a.footnoted = NULL", {})])
        store.write([("DROP INDEX sourced_from_doc", {})])
        reopened = open_store(store.name)
    else:
        store.write([("ALTER TABLE QUOTES DROP footnoted", {})])
        store.close()
        reopened = store = open_store(store.name)
    with reopened:
        assert sorted(run_query(reopened, "unsourced"), key=str) == sorted(marked, key=str)
