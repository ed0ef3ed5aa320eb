"""The bulk path for large corpora into an empty embedded store: LadybugDB's COPY FROM, fed
from the same extracted rows as the MERGE loader.

MERGE grows superlinearly on LadybugDB (shared notes: 27.5 s for 100k nodes, 1M killed) while
COPY FROM loads 1M in seconds. Articles are streamed: each is extracted and resolved exactly as
``load_paths`` does, its rows appended to one CSV file per table (claims, quotes and edges go
straight to disk; only sources, outlets and people — one per real thing — are held, so their
MERGE semantics can be applied before writing). Then one COPY per table, in one transaction.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from . import statements as st
from .load import LoadSummary, Origins, article_paths, make_resolver, prepare
from .schema import NODE_PROPERTIES, REL_TYPES
from .stats import graph_stats
from .store import Store, StoreError

# loader statement -> (relationship, from label, to label, from key, to key, the properties its
# MERGE pattern matches on: two rows agreeing on these are one edge, as MERGE would make them)
REL_ROWS = {
    st.MERGE_MAKES: ("MAKES", "Source", "Claim", "src", "claim", ()),
    st.MERGE_CLAIM_CITES: ("CITES", "Claim", "Source", "claim", "source", ("n",)),
    st.MERGE_SOURCE_CITES: ("CITES", "Source", "Source", "src", "dst", ("doc",)),
    st.MERGE_CLAIM_QUOTES: ("QUOTES", "Claim", "Quote", "claim", "quote", ()),
    st.CREATE_SOURCED_FROM: ("SOURCED_FROM", "Quote", "Source", "quote", "source", ("doc",)),
    st.CREATE_SAID_BY: ("SAID_BY", "Quote", "Person", "quote", "person", ("doc",)),
    st.CREATE_REPORTED_IN: ("REPORTED_IN", "Quote", "Outlet", "quote", "outlet", ("doc",)),
    st.MERGE_PUBLISHED_BY: ("PUBLISHED_BY", "Source", "Outlet", "source", "outlet", ()),
    st.MERGE_WRITTEN_BY: ("WRITTEN_BY", "Source", "Person", "source", "person", ()),
    st.MERGE_PUBLISHED_BY_UNPRINTED: ("PUBLISHED_BY", "Source", "Outlet", "source", "outlet", ()),
    st.MERGE_WRITTEN_BY_UNPRINTED: ("WRITTEN_BY", "Source", "Person", "source", "person", ()),
    st.MERGE_VARIANTS: ("VARIANT_OF", "Quote", "Quote", "a", "b", ()),
    st.MERGE_MENTIONS: ("MENTIONS", "Claim", "Outlet", "claim", "outlet", ()),
}


def bulk_load(store: Store, paths: Iterable[str | Path], on_article: Callable[[Path, str], None] | None = None) -> LoadSummary:
    """Load a corpus into an empty embedded store with COPY FROM."""
    from .ladybug_store import LadybugStore

    if not isinstance(store, LadybugStore):
        raise StoreError(f"{store.name}: the bulk path is for the embedded store; Neo4j loads with `provgraph load --group 50`")
    if graph_stats(store)["articles"] or store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]:
        raise StoreError(f"{store.name}: bulk loading needs an empty store (use `provgraph load` to add to one)")
    summary = LoadSummary()
    resolver = make_resolver(store)
    origins = Origins()
    with tempfile.TemporaryDirectory(prefix="provgraph-bulk-") as tmp:
        tables = _Tables(Path(tmp))
        for path in article_paths(paths):
            prepared = prepare(store, path, resolver, summary, [])
            if prepared is None:
                if on_article:
                    on_article(path, "failed" if summary.failed and summary.failed[-1][0] == str(path) else "unchanged")
                continue
            tables.add(prepared.rows.rows)
            origins.see(prepared.rows.rows)
            summary.loaded.append(str(path))
            summary.rows_written += prepared.rows.count()
            if on_article:
                on_article(path, "loaded")
        tables.close()
        store.write(tables.copy_statements())
    rows = origins.rows()
    for i in range(0, len(rows), 20_000):
        store.write([(st.SET_QUOTE_ORIGINS, {"rows": rows[i : i + 20_000]})])
    store.write([(st.CLEAR_ORIGINS_PENDING, {})])
    after = graph_stats(store)
    summary.nodes_created = dict(after["nodes"])
    summary.relationships_created = dict(after["relationships"])
    return summary


class _Tables:
    """One CSV per node table and per relationship table and endpoint pair."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.sources: dict[str, dict] = {}
        self.small: dict[str, dict[str, dict]] = {"Outlet": {}, "Person": {}}
        self.seen: dict[str, set] = {"Quote": set(), "Claim": set()}
        self.rel_seen: set[tuple] = set()
        self.files: dict[tuple[str, str, str], tuple] = {}

    def _writer(self, key: tuple[str, str, str], header: list[str]):
        if key not in self.files:
            f = (self.folder / f"{'-'.join(key)}.csv").open("w", newline="", encoding="utf-8")
            w = csv.writer(f, delimiter=",", quotechar='"', doublequote=True, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow(header)
            self.files[key] = (f, w)
        return self.files[key][1]

    def add(self, rows: dict[str, list[dict]]) -> None:
        for row in rows.get(st.MERGE_OUTLETS, []):
            self.small["Outlet"].setdefault(row["id"], row)
        for row in rows.get(st.MERGE_PERSONS, []):
            self.small["Person"].setdefault(row["id"], row)
        for row in rows.get(st.MERGE_REPORTS, []):
            self._source(row, {"kind": "report", "loaded": False})
        for row in rows.get(st.MERGE_ARTICLE, []):
            self._source(row, {"kind": "article", "loaded": True}, article=True)
        for label, statement in (("Claim", st.MERGE_CLAIMS), ("Quote", st.MERGE_QUOTES)):
            props = list(NODE_PROPERTIES[label])
            w = self._writer((label, "", ""), props)
            for row in rows.get(statement, []):
                if row["id"] in self.seen[label]:
                    continue
                self.seen[label].add(row["id"])
                w.writerow([_cell(row.get(p)) for p in props])
        for statement, (rel, a, b, ka, kb, keys) in REL_ROWS.items():
            props = list(REL_TYPES[rel][1])
            w = None
            for row in rows.get(statement, []):
                ident = (rel, row[ka], row[kb], *(row.get(k) for k in keys))
                if ident in self.rel_seen:
                    continue
                self.rel_seen.add(ident)
                w = w or self._writer((rel, a, b), ["from", "to", *props])
                w.writerow([row[ka], row[kb], *(_cell(row.get(p)) for p in props)])

    def _source(self, row: dict, fixed: dict, article: bool = False) -> None:
        have = self.sources.get(row["id"])
        merged = {**(have or {}), **{k: v for k, v in row.items() if v is not None and (article or not have or have.get(k) is None)}}
        if article or not have:
            merged.update(fixed)
        self.sources[row["id"]] = merged

    def close(self) -> None:
        props = list(NODE_PROPERTIES["Source"])
        w = self._writer(("Source", "", ""), props)
        for row in self.sources.values():
            w.writerow([_cell(row.get(p)) for p in props])
        for label, items in self.small.items():
            props = list(NODE_PROPERTIES[label])
            w = self._writer((label, "", ""), props)
            for row in items.values():
                w.writerow([_cell(row.get(p)) for p in props])
        for f, _ in self.files.values():
            f.close()

    def copy_statements(self) -> list[tuple[str, dict]]:
        out = []
        for label in NODE_PROPERTIES:  # nodes first, then the edges that need them
            path = self.folder / f"{label}--.csv"
            if path.exists():
                out.append((f"COPY {label} FROM {_literal(path)} ({CSV_OPTIONS})", {}))
        for (rel, a, b) in self.files:
            if a:
                path = self.folder / f"{rel}-{a}-{b}.csv"
                out.append((f"COPY {rel} FROM {_literal(path)} ({CSV_OPTIONS}, from='{a}', to='{b}')", {}))
        return out


# How the files are written, said to the reader outright: LadybugDB otherwise guesses the
# quoting from the first rows, and a name like `Pat O"Brien` further down was stored with its
# CSV escapes or failed the load. Quoted fields may hold line breaks (a quotation's
# paragraphs), which only the serial reader takes.
CSV_OPTIONS = "HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', AUTO_DETECT=false, PARALLEL=false"


def _literal(path: Path) -> str:
    """A file path as a Cypher string literal, whatever characters the temporary folder has."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
