"""The provgraph command line: a thin click layer; every command calls one library function.

Exit codes: 0 success; 1 the work failed (nothing could be extracted, the store could not be
reached, every article failed); 2 usage errors (click's own); 3 some articles failed while
others loaded.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click
from provgraph.exports import FORMATS as EXPORT_FORMATS
from provgraph.loaders import ExtractionError, ProvgraphError, extract_file

# ------------------------------------------------------------------ shared options (defined once)

store_option = click.option(
    "--store",
    envvar="PROVGRAPH_STORE",
    default=None,
    metavar="PATH|URI",
    help="Embedded store folder (default ./provgraph-data) or a Neo4j URI (bolt://, neo4j://, neo4j+s://). Env: PROVGRAPH_STORE.",
)
user_option = click.option("--user", envvar="NEO4J_USERNAME", default=None, help="Neo4j user (env NEO4J_USERNAME).")
password_option = click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Neo4j password (env NEO4J_PASSWORD).")


def param_option(help_text: str) -> Callable:
    return click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help=help_text)


def format_option(*choices: str, default: str = "table") -> Callable:
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default, show_default=True, help="Output format.")


def json_flag(f: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Same as --format json.")(f)


wait_option = click.option(
    "--wait", type=click.FloatRange(0), envvar="PROVGRAPH_WAIT", default=5.0, show_default=True, metavar="SECONDS",
    help="How long to wait for another process using the embedded store. Env: PROVGRAPH_WAIT.",
)  # fmt: skip


def with_store(f: Callable, read_only: bool = False) -> Callable:
    """Adds --store/--user/--password/--wait and opens the store, turning store errors into
    messages. ``read_only`` commands can run side by side, and never create a store."""

    @store_option
    @user_option
    @password_option
    @wait_option
    @wraps(f)
    def wrapper(*args: Any, store: str | None, user: str | None, password: str | None, wait: float, **kwargs: Any) -> Any:
        from provgraph.graph import open_store

        with fail_cleanly():
            handle = open_store(store, user=user, password=password, read_only=read_only, wait=wait)
        with handle, fail_cleanly():
            return f(*args, store=handle, **kwargs)

    return wrapper


def reads_store(f: Callable) -> Callable:
    return with_store(f, read_only=True)


class fail_cleanly:
    """Errors a user can act on become one line on stderr and exit 1, never a traceback."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is not None and isinstance(exc, ProvgraphError):
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        return False


# rows a terminal table shows unless asked for more: a page, as datasette's default page
TABLE_ROWS = 100


def emit(rows: list[dict[str, Any]], fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]))
            w.writeheader()
            for r in rows:
                w.writerow({k: _spreadsheet_safe(v, _cell(v)) for k, v in r.items()})
        click.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        if not rows:
            click.echo("(no results)")
            return
        from provgraph.queries.display import article_name

        from .render import plain

        shown = [k for k in rows[0] if k not in TABLE_HIDDEN]
        table = Table(title=plain(title) if title else None, show_lines=False)
        for k in shown:
            table.add_column(k, overflow="fold")
        for r in rows:
            named = {**r, "article": article_name(r)} if "article" in r and "path" in r else r
            table.add_row(*(plain(_cell(named[k], TABLE_CELL_WIDTH)) for k in shown))
        Console().print(table)


# columns a terminal table leaves to --json and --csv: machine keys a reader does not read
# (an untitled article is named by its file in the article column instead of its path)
TABLE_HIDDEN = frozenset({"path", "claim_id", "quote_id"})
TABLE_CELL_WIDTH = 160


def _spreadsheet_safe(v: Any, cell: str) -> str:
    """A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+…", "@…") gets a
    leading apostrophe, as spreadsheet-safe CSV writers do; numbers and JSON stay as they are."""
    if isinstance(v, str | list | dict) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


def _output_folder(path: str) -> None:
    """A file to write must have a folder to go in: said in one line, before any work."""
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise ProvgraphError(f"{folder}: no such folder to write {Path(path).name} in")


def _cell(v: Any, width: int | None = None) -> str:
    from provgraph.queries.display import shorten

    if isinstance(v, dict) and "nodes" in v:
        v = v["nodes"]
    if isinstance(v, list):
        s = " → ".join(_cell(x) for x in v) if v and isinstance(v[0], dict) else "; ".join(str(x) for x in v if x is not None)
    elif isinstance(v, dict):
        s = str(v.get("title") or v.get("name") or v.get("text") or v.get("id"))
    elif v is None:
        s = ""
    else:
        s = str(v)
    return s if width is None else shorten(s, width)


# ------------------------------------------------------------------ commands


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="provgraph")
@click.option(
    "--lexicon", "lexicons", multiple=True, metavar="FILE",
    help="A JSON file of words to add to the rules' lexicon (outlets of your country, reporting verbs, titles), "
         "shaped like loaders/lexicon.json; repeat for several. Env: PROVGRAPH_LEXICON.",
)  # fmt: skip
def cli(lexicons: tuple[str, ...]) -> None:
    """provgraph: a citation and claim-provenance graph of articles.

    Extract references, quotations and claims from articles; load them into a graph
    (embedded by default, or Neo4j 5); ask who said what, where, and on whose report.
    """
    from provgraph.loaders.lexicon import use_lexicon
    from provgraph.loaders.rules import choose_lexicon

    with fail_cleanly():
        for path in lexicons:
            use_lexicon(path)
        choose_lexicon()  # a bad file, named here or by $PROVGRAPH_LEXICON, is said now in one line


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=str))
@format_option("summary", "json", default="summary")
@json_flag
def extract(path: str, fmt: str, as_json: bool) -> None:
    """Extract references, footnote markers, quotations and claims from one article.

    PATH is a plain-text, HTML or Markdown article. The JSON output follows
    docs/extract.schema.json.
    """
    try:
        doc = extract_file(path)
    except ExtractionError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if as_json or fmt == "json":
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        return
    from .render import print_document_summary

    print_document_summary(doc)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))  # a missing one fails alone
@with_store
@click.option("--aliases", type=click.Path(dir_okay=False, path_type=str), envvar="PROVGRAPH_ALIASES", default=None, help="TOML file of outlet/person aliases (env PROVGRAPH_ALIASES).")
@click.option("--fresh", is_flag=True, help="Empty the store first.")
@click.option("--bulk", is_flag=True, hidden=True, help="Kept for old scripts: the whole corpus as one group into an empty embedded store.")
@click.option("--group", type=click.IntRange(1, 100_000), default=None, help="Articles per transaction, each still all-or-nothing  [default: 500 and more as the embedded store grows, 200 on Neo4j]")
@json_flag
def load(paths: tuple[str, ...], store, aliases: str | None, fresh: bool, bulk: bool, group: int | None, as_json: bool) -> None:
    """Load articles (files or folders) into the graph, each all-or-nothing.

    Loading is idempotent: unchanged articles are skipped, changed ones replaced.
    """
    from provgraph.graph import Aliases, load_paths
    from provgraph.graph.load import article_paths
    from rich.progress import Progress

    alias_rules = Aliases.load(aliases) if aliases else Aliases.load()
    if fresh:
        store.clear()
    files = list(article_paths(paths))
    show = sys.stderr.isatty() and not as_json
    with Progress(disable=not show, transient=True) as progress:
        task = progress.add_task("loading", total=len(files))
        advance = lambda p, o: progress.advance(task)  # noqa: E731
        if bulk:
            from provgraph.graph.bulk import bulk_load

            summary = bulk_load(store, files, alias_rules, on_article=advance)
        else:
            summary = load_paths(store, files, alias_rules, on_article=advance, group=group)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2))
    else:
        d = summary.as_dict()
        click.echo(f"{store.name}: {d['loaded']} loaded, {d['unchanged']} unchanged, {d['replaced']} replaced, {len(d['failed'])} failed")
        created = ", ".join(f"{k} +{v}" for k, v in {**d["nodes_created"], **d["relationships_created"]}.items() if v)
        click.echo(f"created: {created or 'nothing'}")
        for path, warning in summary.warnings:
            click.echo(f"warning: {path}: {warning}")
    for path, err in summary.failed:
        click.echo(f"failed: {err}" if path in err else f"failed: {path}: {err}", err=True)
    if summary.failed:
        ok = summary.loaded or summary.unchanged or summary.replaced
        sys.exit(3 if ok else 1)


@cli.command()
@reads_store
@format_option("table", "json")
@json_flag
def stats(store, fmt: str, as_json: bool) -> None:
    """Node counts by label, relationship counts by type, articles loaded."""
    from provgraph.graph import graph_stats

    s = graph_stats(store)
    if as_json or fmt == "json":
        click.echo(json.dumps(s, indent=2))
        return
    click.echo(f"store: {s['store']}\narticles loaded: {s['articles']}")
    emit([{"label": k, "nodes": v} for k, v in s["nodes"].items()], "table")
    emit([{"relationship": k, "count": v} for k, v in s["relationships"].items()], "table")


@cli.command("queries")
@json_flag
def list_queries(as_json: bool) -> None:
    """List the canned provenance queries with their parameters."""
    from provgraph.queries import all_queries

    qs = all_queries()
    if as_json:
        click.echo(json.dumps([{"name": q.name, "description": q.description, "params": [p.__dict__ for p in q.params]} for q in qs.values()], indent=2))
        return
    for q in qs.values():
        params = " ".join(f"--param {p.name}={p.example!r}" for p in q.params)
        click.echo(f"{q.name}\n    {q.description}\n    provgraph query {q.name} {params}".rstrip())


@cli.command()
@click.argument("name")
@param_option("A query parameter; repeat for several.")
@reads_store
@format_option("table", "json", "csv")
@json_flag
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help=f"Rows to show, in the query's order; 0 for all. A table shows {TABLE_ROWS} by default, JSON and CSV all.",
)
def query(name: str, params: tuple[str, ...], store, fmt: str, as_json: bool, limit: int | None) -> None:
    """Run the canned query NAME (see `provgraph queries`)."""
    from provgraph.queries import run_query

    fmt = "json" if as_json else fmt
    if limit is None:
        limit = TABLE_ROWS if fmt == "table" else 0
    # one row past the limit says whether rows were left out
    rows = run_query(store, name, _parse_params(params), limit=limit + 1 if limit else None)
    shown = rows[:limit] if limit else rows
    emit(shown, fmt, title=name)
    if len(rows) > len(shown):
        click.echo(f"(the first {limit} rows; more follow: --limit N for more, --limit 0 for all)", err=True)


@cli.command()
@click.argument("words")
@reads_store
@json_flag
def trace(words: str, store, as_json: bool) -> None:
    """Where a quotation comes from: who said it first, where, and who repeats it."""
    from provgraph.queries.trace import trace_quote

    result = trace_quote(store, words)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        return
    from .render import print_trace

    print_trace(result)
    if not result["appearances"]:
        sys.exit(1)


@cli.command()
@reads_store
@click.option("-o", "--output", type=click.Path(writable=True, path_type=str), required=True, help="File to write (a folder for neo4j-csv).")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="json", show_default=True, help="What to write; see the README for what opens each.")
@click.option("--query", "query_name", metavar="NAME", help="Only what a canned query's picture holds.")
@param_option("A parameter of --query; repeat for several.")
@click.option("--trace", "words", metavar="WORDS", help="Only the appearances of a quotation and what they cite.")
def export(store, output: str, fmt: str, query_name: str | None, params, words: str | None) -> None:
    """Export the graph, or a query's or trace's part of it: JSON, GraphML, GEXF, PROV-JSON,
    PROV-O Turtle, schema.org ClaimReview JSON-LD, or CSV for neo4j-admin import. Every
    relationship carries its evidence (article hash, span, how decided, confidence)."""
    from provgraph.exports import export as export_to

    _output_folder(output)
    summary = export_to(store, output, fmt, query=query_name, params=_parse_params(params), words=words)
    click.echo(f"wrote {summary.nodes} nodes and {summary.relationships} relationships to {output} ({fmt})")


@cli.command()
@click.option("--trace", "words", metavar="WORDS", help="Draw every appearance of a quotation.")
@click.option("--query", "query_name", metavar="NAME", help="Draw what a canned query returns.")
@param_option("A parameter of --query; repeat for several.")
@click.option("--article", metavar="PATH|TITLE", help="Draw one loaded article's claims, quotations and sources.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=str), help="HTML file to write.")
@click.option("--png", type=click.Path(dir_okay=False, path_type=str), help="Also write a PNG picture (headless Chromium).")
@click.option(
    "--layout", type=click.Choice(["chronological", "force", "layered"]), default="chronological", show_default=True,
    help="chronological: each article and report in a column at its date, the origin on the left; force: a seeded "
         "force layout; layered: citing on the right, cited on the left.",
)  # fmt: skip
@click.option("--max-nodes", type=int, default=400, show_default=True, help="Above this the graph is summarised.")
@reads_store
def viz(words, query_name, params, article, output, png, layout, max_nodes, store) -> None:
    """Write a self-contained interactive HTML picture of a trace, query or article."""
    from provgraph.viz import provenance_graph, write_html, write_png
    from provgraph.viz.render import picture_height

    for target in (output, png):
        if target:
            _output_folder(target)
    from provgraph.viz.graph import run_for_caption
    from provgraph.viz.render import caption_for

    if not (words or query_name or article):
        raise click.UsageError("say what to draw: --trace WORDS, --query NAME or --article PATH")
    given = _parse_params(params)
    if article and Path(article).exists():
        article = str(Path(article).resolve())
    g = provenance_graph(store, words=words, article=article, query=query_name, params=given)
    if g.number_of_nodes() == 0:
        click.echo("error: nothing in the graph matches; nothing written", err=True)
        sys.exit(1)
    what = run_for_caption(query_name, words, article, given)
    title = f"Provenance of “{words}”" if words else (f"{query_name}" if query_name else "Article provenance")
    write_html(g, output, title=title, caption=caption_for(what), layout=layout, max_nodes=max_nodes)
    click.echo(f"wrote {output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")
    if png:
        write_png(output, png, height=picture_height(g, layout, max_nodes))
        click.echo(f"wrote {png}")


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    given = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not KEY=VALUE", param_hint="--param")
        k, v = p.split("=", 1)
        given[k.strip()] = v
    return given


def main() -> None:  # pragma: no cover
    cli()
