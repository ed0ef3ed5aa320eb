"""Loading articles into a store: streamed file by file, written a group at a time.

Idempotent: an article whose content hash is already in the store is left alone; a changed
file replaces what its old text put in the graph. An article that fails is reported by name
and leaves nothing behind: a group's transaction is rolled back and its articles are written
again one by one, so the others still load.

The cost of one article does not grow with the store: what the loader must know of the store
(its outlets, people, reports, quotations and loaded files) is read once when a load starts and
kept in memory, and the embedded store takes new articles by COPY (``copy_write``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from provgraph.common import ProvgraphError
from provgraph.loaders import DocumentMeta, extract_file

from . import statements as st
from .copy_write import CopyGroup, StoredIds
from .model import ArticleRows, document_rows
from .resolve import Aliases, Resolver, stable_id
from .roots import claims_without_roots, update_roots
from .stats import graph_stats
from .store import Store, StoreUnavailable

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown"}


@dataclass(slots=True)
class LoadSummary:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, message): decoding and the like
    rows_written: int = 0
    nodes_created: dict[str, int] = field(default_factory=dict)
    relationships_created: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "loaded": len(self.loaded), "unchanged": len(self.unchanged), "replaced": len(self.replaced),
            "failed": [{"path": p, "error": e} for p, e in self.failed],
            "warnings": [{"path": p, "warning": w} for p, w in self.warnings], "rows_written": self.rows_written,
            "nodes_created": self.nodes_created, "relationships_created": self.relationships_created,
        }  # fmt: skip


def article_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and article files found below folders named, in a stable order. A path
    that is missing is yielded all the same, and so is a folder below that cannot be read,
    so that reading each fails with its own message instead of vanishing from the run."""
    for p in paths:
        p = Path(p)
        if not p.is_dir():
            yield p
            continue
        found: list[Path] = []
        errors: list[OSError] = []
        for folder, subfolders, files in os.walk(p, onerror=errors.append):
            subfolders.sort()
            found += (Path(folder) / f for f in files if Path(f).suffix.lower() in ARTICLE_SUFFIXES)
        yield from sorted(f for f in found if f.is_file())
        yield from sorted(Path(e.filename) for e in errors)


@dataclass(slots=True)
class LoadContext:
    """What a load consults for every article, read from the store once when it starts."""

    resolver: Resolver
    stored: StoredIds
    # loaded articles: file path -> (Source id, content hash), and every content hash
    articles_by_path: dict[str, tuple[str, str]]
    article_hashes: set[str]
    folder: Path | None = None  # where COPY files are written
    # quotations whose earliest appearance must be read again from the store: those a replaced
    # article's old text held (an appearance may have gone)
    recheck_quotes: set[str] = field(default_factory=set)
    pending_hashes: set[str] = field(default_factory=set)  # of the articles prepared, not yet written

    def committed(self, p: Prepared) -> None:
        self.stored.add_rows(p.rows.rows)
        self.articles_by_path[str(p.meta.path)] = (p.rows.article_id, p.meta.id)
        self.article_hashes.add(p.meta.id)


def open_load(store: Store, aliases: Aliases | None = None) -> LoadContext:
    """A resolver that knows every outlet, person and source the store already holds, and the
    ids and files behind them."""
    resolver = Resolver(aliases)
    stored = StoredIds()
    for r in store.query(st.KNOWN_OUTLETS):
        resolver.remember_outlet(r["id"], r["name"])
        stored.add("Outlet", r["id"])
    for r in store.query(st.KNOWN_PERSONS):
        resolver.remember_person(r["id"], r["name"], r["kind"] or "person")
        stored.add("Person", r["id"])
    for r in store.query(st.KNOWN_QUOTES):
        resolver.quotes.add(r["id"], r["norm"], r["text"])
        stored.add("Quote", r["id"])
    resolver.known_quotes = set(resolver.quotes.norms)  # origins of these need the store's history
    resolver.origins = Origins()
    by_path: dict[str, tuple[str, str]] = {}
    hashes: set[str] = set()
    for r in store.query(st.KNOWN_SOURCES):
        resolver.remember_report(r["id"], r["title"], r["outlet"], r["date"], r["url"], loaded=bool(r["loaded"]))
        stored.add("Source", r["id"])
        if r["hash"]:
            hashes.add(r["hash"])
            if r["path"]:
                by_path[r["path"]] = (r["id"], r["hash"])
    return LoadContext(resolver, stored, by_path, hashes)


def make_resolver(store: Store, aliases: Aliases | None = None) -> Resolver:
    return open_load(store, aliases).resolver


def load_paths(
    store: Store,
    paths: Iterable[str | Path],
    aliases: Aliases | None = None,
    on_article: Callable[[Path, str], None] | None = None,
    group: int | None = None,
) -> LoadSummary:
    """Load every article under ``paths``; ``on_article(path, outcome)`` reports progress.

    ``group`` articles are written per transaction (the store's own default unless given; 1
    writes each article alone). If a group's transaction fails, each of its articles is written
    again alone, so every article is still all-or-nothing and a failure names its own file."""
    summary = LoadSummary()
    before = graph_stats(store)
    # quotations of articles a killed run wrote without their origins: repaired at this run's end
    unfinished = {r["id"] for r in store.query(st.PENDING_ORIGIN_QUOTES)}
    unfinished_articles = [r["id"] for r in store.query(st.PENDING_ARTICLES)]
    unrooted = claims_without_roots(store)
    ctx = open_load(store, aliases)
    try:
        _write_articles(store, paths, ctx, summary, group, before["articles"], on_article)
    except StoreUnavailable as exc:
        written = len(summary.loaded) + len(summary.replaced)
        raise StoreUnavailable(f"{exc}; the {written} articles written before stay whole, and the same load run again writes the rest") from None
    write_origins(store, ctx.resolver, ctx.recheck_quotes | unfinished)
    update_roots(store, unrooted, unfinished_articles)
    store.write([(st.CLEAR_ORIGINS_PENDING, {})])
    after = graph_stats(store)
    summary.nodes_created = {k: after["nodes"][k] - before["nodes"].get(k, 0) for k in after["nodes"]}
    summary.relationships_created = {k: after["relationships"][k] - before["relationships"].get(k, 0) for k in after["relationships"]}
    return summary


def _write_articles(
    store: Store, paths: Iterable[str | Path], ctx: LoadContext, summary: LoadSummary, group: int | None, stored_articles: int, on_article
) -> None:
    """Prepare the articles one by one and write them a group at a time."""
    adaptive = group is None
    pending: list[Prepared] = []
    with tempfile.TemporaryDirectory(prefix="provgraph-load-") as folder:
        ctx.folder = Path(folder)
        for path in article_paths(paths):
            prepared = prepare(store, ctx, path, summary, ctx.pending_hashes)
            if prepared is None:
                if on_article:
                    on_article(path, summary_outcome(summary, str(path)))
                continue
            pending.append(prepared)
            ctx.pending_hashes.add(prepared.meta.id)
            if adaptive:
                group = group_size(store, stored_articles + len(summary.loaded))
            if len(pending) >= group:
                flush(store, pending, ctx, summary, on_article)
                pending = []
                ctx.pending_hashes.clear()
        if pending:
            flush(store, pending, ctx, summary, on_article)


def group_size(store: Store, articles: int) -> int:
    """Articles per transaction when the caller does not say. On the embedded store each commit
    costs time in proportion to the store (LadybugDB rewrites the adjacency of the nodes a COPY
    touched: 0.1 s at 2,000 articles, 1.5 s at 12,000 for the seed-shaped benchmark), so groups
    grow with the store to keep the cost per article level, up to a bound on memory."""
    if not store.copies_files:
        return store.default_group
    return min(MAX_GROUP, max(store.default_group, articles // GROUP_SHARE))


# a group is at least a fifth of the articles already stored, and at most this many (5,000
# seed-shaped articles' rows are about 300 MB)
GROUP_SHARE = 5
MAX_GROUP = 5000


@dataclass(slots=True)
class Prepared:
    """An article ready to write: its rows, not its text (a group holds hundreds of these)."""

    path: Path
    meta: DocumentMeta
    rows: ArticleRows
    old_hash: str | None

    def batches(self, chained: bool = True) -> list[tuple[str, dict]]:
        out = []
        if self.old_hash:
            out += [(q, {"id": self.rows.article_id, "doc": self.old_hash}) for q in st.DELETE_ARTICLE]
        out += self.rows.for_store(chained)
        if self.old_hash:
            out += [(q, {}) for q in st.DELETE_ORPHANS]
        return out


class Origins:
    """Each quotation's earliest dated appearance, from the rows as they stream past (the same
    rule as ``update_origins``, without reading the store back)."""

    def __init__(self) -> None:
        self.dates: dict[str, str | None] = {}
        self.best: dict[str, tuple[str, str]] = {}

    def see(self, rows: dict[str, list[dict]]) -> None:
        for statement in (st.MERGE_REPORTS, st.MERGE_ARTICLE):
            for r in rows.get(statement, []):
                if r.get("date") or r["id"] not in self.dates:
                    self.dates[r["id"]] = r.get("date")
        article = rows[st.MERGE_ARTICLE][0]["id"]
        for r in [*rows.get(st.MERGE_CLAIM_QUOTES, ()), *rows.get(st.MERGE_CLAIM_QUOTES_UNSAID, ())]:
            self._offer(r["quote"], article)
        for r in rows.get(st.CREATE_SOURCED_FROM, []):
            self._offer(r["quote"], r["source"])

    def _offer(self, quote: str, source: str) -> None:
        key = origin_key(self.dates.get(source), source)
        if quote not in self.best or key < self.best[quote]:
            self.best[quote] = key

    def rows(self) -> list[dict]:
        return origin_rows(self.best)


def write_origins(store: Store, resolver: Resolver, recheck: set[str]) -> None:
    """Each quotation's earliest dated appearance and the Source it was first reported in: a
    cited report's date when an appearance footnotes one, else the quoting article's own date.

    A quotation first seen in this load takes what this load saw. One the store held already
    keeps the earlier of its stored origin and this load's: the same answer as reading every
    appearance again, without a read that grows with how often it was quoted. Only ``recheck``
    (a replaced article's quotations, those of a killed load) is read again in full."""
    rows = [r for r in resolver.origins.rows() if r["id"] not in recheck]
    new = [r for r in rows if r["id"] not in resolver.known_quotes]
    known = {r["id"]: r for r in rows if r["id"] in resolver.known_quotes}
    ids = sorted(known)
    for i in range(0, len(ids), ORIGIN_CHUNK):
        for stored in store.query(st.STORED_ORIGINS, {"ids": ids[i : i + ORIGIN_CHUNK]}):
            seen = known[stored["id"]]
            if stored["origin"] and origin_key(stored["first_seen"], stored["origin"]) <= origin_key(seen["first_seen"], seen["origin"]):
                del known[stored["id"]]  # what the store holds is earlier: nothing to write
    changed = new + list(known.values())
    for i in range(0, len(changed), ORIGIN_CHUNK):
        store.write([(st.SET_QUOTE_ORIGINS, {"rows": changed[i : i + ORIGIN_CHUNK]})])
    update_origins(store, recheck)


ORIGIN_CHUNK = 20_000


def origin_key(date: str | None, source: str) -> tuple[str, str]:
    """What "earliest" means for an origin: the earliest date, undated last, ties to the
    smaller Source id (so any load order gives the same origin)."""
    return (date or UNDATED, source)


def origin_rows(best: dict[str, tuple[str, str]]) -> list[dict]:
    return [{"id": q, "first_seen": None if d == UNDATED else d, "origin": s} for q, (d, s) in best.items()]


UNDATED = "9999"


def update_origins(store: Store, quote_ids: set[str], chunk: int = 2000) -> None:
    """The origins of ``quote_ids`` worked out again from every appearance in the store."""
    ids = sorted(quote_ids)
    for i in range(0, len(ids), chunk):
        best: dict[str, tuple[str, str]] = {}
        for r in store.query(st.QUOTE_APPEARANCES, {"ids": ids[i : i + chunk]}):
            for source, date in ((r["report"], r["report_date"]), (r["article"], r["article_date"])):
                if source is None:
                    continue
                key = origin_key(date, source)
                if r["quote"] not in best or key < best[r["quote"]]:
                    best[r["quote"]] = key
        rows = origin_rows(best)
        if rows:
            store.write([(st.SET_QUOTE_ORIGINS, {"rows": rows})])


def summary_outcome(summary: LoadSummary, name: str) -> str:
    if summary.unchanged and summary.unchanged[-1] == name:
        return "unchanged"
    return "failed"


def prepare(store: Store, ctx: LoadContext, path: Path, summary: LoadSummary, pending_hashes: Collection[str] = ()) -> Prepared | None:
    """Extract and resolve one article; None when it is unchanged or cannot be read."""
    name = str(path)
    resolver = ctx.resolver
    try:
        doc = extract_file(path)
    except ProvgraphError as exc:
        summary.failed.append((name, str(exc)))
        return None
    # what the reader had to guess about the file (its encoding) is the user's to know
    summary.warnings.extend((name, w.message) for w in doc.warnings if w.code == "encoding")
    abs_path = str(path.resolve())
    doc.meta.path = abs_path
    if doc.meta.id in ctx.article_hashes or doc.meta.id in pending_hashes:
        summary.unchanged.append(name)
        return None
    old = ctx.articles_by_path.get(abs_path)
    site = resolver.outlet(doc.meta.site)[1] if doc.meta.site else None
    if old:
        article_id = old[0]
        # the old text's quotations may lose the appearance that made their origin
        ctx.recheck_quotes.update(r["id"] for r in store.query(st.ARTICLE_QUOTES, {"id": article_id}))
    else:
        # an article becomes the Source its citations made, but two files are two articles,
        # however alike their headlines (reposts, a template's title, two captures)
        article_id = resolver.match_report(doc.meta.title, site, doc.meta.published, cited_only=True) or stable_id("article", abs_path)
    rows = document_rows(doc, resolver, article_id)
    # later citations of this article (in this run) must find it
    resolver.remember_report(article_id, doc.meta.title, site, doc.meta.published, doc.meta.url, loaded=True)
    return Prepared(path, doc.meta, rows, old[1] if old else None)


def flush(store: Store, group: list[Prepared], ctx: LoadContext, summary: LoadSummary, on_article=None) -> None:
    """Write a group of prepared articles: together if possible, else each alone; then the
    roots of the claims they touched.

    On the embedded store the group's new articles go by COPY; a replaced article always goes
    alone, after them (its old edges are deleted in the same transaction)."""
    # articles the graph held as cited reports, or held before: claims citing them change roots
    changed = {p.rows.article_id for p in group if p.old_hash or ("Source", p.rows.article_id) in ctx.stored}
    written: list[Prepared] = []
    together = [p for p in group if not p.old_hash] if store.copies_files else group
    alone = [p for p in group if p.old_hash] if store.copies_files else []
    if len(together) > 1 or (store.copies_files and together):
        try:
            store.write(_group_writes(store, together, ctx))
        except StoreUnavailable:
            raise  # not one bad article: nothing more can be written
        except ProvgraphError:
            alone = together + alone  # one of them is bad: write each alone
        else:
            written += together
    else:
        alone = together + alone
    for p in alone:
        try:
            store.write(p.batches(store.chains_statements))
        except StoreUnavailable:
            raise
        except ProvgraphError as exc:
            summary.failed.append((str(p.path), str(exc)))
            if on_article:
                on_article(p.path, "failed")
            continue
        written.append(p)
    claims = (r["id"] for p in written for r in p.rows.rows.get(st.MERGE_CLAIMS, ()))
    update_roots(store, claims, changed & {p.rows.article_id for p in written})
    position = {id(p): i for i, p in enumerate(group)}
    for p in sorted(written, key=lambda p: position[id(p)]):
        _done(p, summary, on_article, ctx)


def _group_writes(store: Store, group: list[Prepared], ctx: LoadContext) -> list[tuple[str, dict]]:
    if not store.copies_files:
        return merged_batches(group, store.chains_statements)
    copy = CopyGroup(ctx.folder, ctx.stored)
    for p in group:
        copy.add(p.rows.rows)
    return copy.statements()


def _done(p: Prepared, summary: LoadSummary, on_article, ctx: LoadContext) -> None:
    ctx.committed(p)
    summary.rows_written += p.rows.count()
    ctx.resolver.origins.see(p.rows.rows)
    outcome = "replaced" if p.old_hash else "loaded"
    (summary.replaced if p.old_hash else summary.loaded).append(str(p.path))
    if on_article:
        on_article(p.path, outcome)


def merged_batches(group: list[Prepared], chained: bool = True) -> list[tuple[str, dict]]:
    """The rows of several articles as one set of UNWIND statements (node rows deduplicated)."""
    out: list[tuple[str, dict]] = []
    for p in group:
        if p.old_hash:
            out += [(q, {"id": p.rows.article_id, "doc": p.old_hash}) for q in st.DELETE_ARTICLE]
    merged = ArticleRows("", "")
    seen: dict[str, set] = {}
    for p in group:
        for statement, rows in p.rows.rows.items():
            keys = seen.setdefault(statement, set())
            for row in rows:
                k = row.get("id") or tuple(sorted((a, str(b)) for a, b in row.items()))
                if k in keys:
                    continue
                keys.add(k)
                merged.add(statement, row)
    out += merged.for_store(chained)
    if any(p.old_hash for p in group):
        out += [(q, {}) for q in st.DELETE_ORPHANS]
    return out
