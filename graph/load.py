"""Loading articles into a store: streamed file by file, one transaction per article.

Idempotent: an article whose content hash is already in the store is left alone; a changed
file replaces what its old text put in the graph. An article that fails is reported by name
and leaves nothing behind (its transaction is rolled back); the others still load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from provgraph.loaders import extract_file
from provgraph.loaders.errors import ProvgraphError

from . import statements as st
from .model import document_rows
from .resolve import Aliases, Resolver, stable_id
from .stats import graph_stats
from .store import Store

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown"}


@dataclass(slots=True)
class LoadSummary:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows_written: int = 0
    nodes_created: dict[str, int] = field(default_factory=dict)
    relationships_created: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "loaded": len(self.loaded), "unchanged": len(self.unchanged), "replaced": len(self.replaced),
            "failed": [{"path": p, "error": e} for p, e in self.failed], "rows_written": self.rows_written,
            "nodes_created": self.nodes_created, "relationships_created": self.relationships_created,
        }  # fmt: skip


def article_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and article files found below folders named, in a stable order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield p


def make_resolver(store: Store, aliases: Aliases | None = None) -> Resolver:
    """A resolver that knows every outlet, person and source the store already holds."""
    resolver = Resolver(aliases)
    for r in store.query(st.KNOWN_OUTLETS):
        resolver.remember_outlet(r["id"], r["name"])
    for r in store.query(st.KNOWN_PERSONS):
        resolver.remember_person(r["id"], r["name"], r["kind"] or "person")
    for r in store.query(st.KNOWN_QUOTES):
        resolver.quotes.add(r["id"], r["norm"], r["text"])
    for r in store.query(st.KNOWN_SOURCES):
        resolver.remember_report(r["id"], r["title"], r["outlet"], r["date"], r["url"])
    return resolver


def load_paths(
    store: Store,
    paths: Iterable[str | Path],
    aliases: Aliases | None = None,
    on_article: Callable[[Path, str], None] | None = None,
) -> LoadSummary:
    """Load every article under ``paths``; ``on_article(path, outcome)`` reports progress."""
    summary = LoadSummary()
    before = graph_stats(store)
    resolver = make_resolver(store, aliases)
    for path in article_paths(paths):
        outcome = load_one(store, path, resolver, summary)
        if on_article:
            on_article(path, outcome)
    after = graph_stats(store)
    summary.nodes_created = {k: after["nodes"][k] - before["nodes"].get(k, 0) for k in after["nodes"]}
    summary.relationships_created = {k: after["relationships"][k] - before["relationships"].get(k, 0) for k in after["relationships"]}
    return summary


def load_one(store: Store, path: Path, resolver: Resolver, summary: LoadSummary) -> str:
    name = str(path)
    try:
        doc = extract_file(path)
    except ProvgraphError as exc:
        summary.failed.append((name, str(exc)))
        return "failed"
    abs_path = str(path.resolve())
    doc.meta.path = abs_path
    existing = store.query(st.FIND_ARTICLE, {"path": abs_path, "hash": doc.meta.id})
    same = [r for r in existing if r["hash"] == doc.meta.id]
    if same:
        summary.unchanged.append(name)
        return "unchanged"
    old = next((r for r in existing if r["path"] == abs_path), None)
    if old:
        article_id = old["id"]
    else:
        site = resolver.outlet(doc.meta.site)[1] if doc.meta.site else None
        article_id = resolver.match_report(doc.meta.title, site, doc.meta.published) or stable_id("article", abs_path)
    rows = document_rows(doc, resolver, article_id)
    batches = []
    if old:
        batches += [(q, {"id": article_id, "doc": old["hash"]}) for q in st.DELETE_ARTICLE]
    batches += rows.batches()
    if old:
        batches += [(q, {}) for q in st.DELETE_ORPHANS]
    try:
        store.write(batches)
    except ProvgraphError as exc:
        summary.failed.append((name, str(exc)))
        return "failed"
    summary.rows_written += rows.count()
    # later citations of this article (in this run) must find it
    site = resolver.outlet(doc.meta.site)[1] if doc.meta.site else None
    resolver.remember_report(article_id, doc.meta.title, site, doc.meta.published, doc.meta.url)
    if old:
        summary.replaced.append(name)
        return "replaced"
    summary.loaded.append(name)
    return "loaded"
