"""Readable terminal output for documents and traces (rich)."""

from __future__ import annotations

from typing import Any

from provgraph.loaders import Document
from rich.console import Console
from rich.table import Table


def print_document_summary(doc: Document) -> None:
    console = Console()
    m = doc.meta
    console.print(f"[bold]{m.title or '(no headline)'}[/bold]")
    console.print(f"byline: {m.byline or '-'}   published: {m.published or '-'}   format: {m.format}   id: {m.id[:16]}")
    console.print(f"{len(doc.references)} references, {len(doc.markers)} markers, {len(doc.quotes)} quotations, {len(doc.claims)} claims")
    if doc.references:
        t = Table(title="References")
        for col in ("n", "authors", "title", "outlet", "date", "ibid/url"):
            t.add_column(col, overflow="fold")
        for r in doc.references:
            t.add_row(str(r.n), "; ".join(r.authors), r.title or "", r.outlet or "", r.date or "", f"ibid [{r.ibid_of}]" if r.ibid_of else (r.url or ""))
        console.print(t)
    if doc.quotes:
        t = Table(title="Quotations")
        for col in ("speaker", "outlet", "refs", "quotation"):
            t.add_column(col, overflow="fold")
        for q in doc.quotes:
            text = q.text if len(q.text) < 140 else q.text[:139] + "…"
            t.add_row(q.speaker or "-", q.outlet or "-", ",".join(map(str, q.refs)), text)
        console.print(t)
    for w in doc.warnings:
        console.print(f"[yellow]warning[/yellow] {w.code}: {w.message}")


def print_trace(result: dict[str, Any]) -> None:
    console = Console()
    rows = result["appearances"]
    if not rows:
        console.print(f"No quotation in the graph contains “{result['words']}”.")
        return
    o = result["origin"] or {}
    console.print(f"[bold]“{result['words']}”[/bold]")
    others = ", ".join(f"{k} ({v})" for k, v in result["speakers"].items() if k != result["speaker"])
    console.print(f"speaker: [bold]{result['speaker'] or 'not named'}[/bold]" + (f"   (also attributed to: {others})" if others else ""))
    origin = " · ".join(x for x in (o.get("outlet"), o.get("title"), o.get("date")) if x)
    console.print(f"origin:  [bold]{origin or 'unknown'}[/bold] ({o.get('kind', '-')})")
    t = Table(title=f"{len(rows)} appearances in {len(result['articles'])} articles")
    for col in ("article", "date", "speaker", "outlet", "cites", "as printed"):
        t.add_column(col, overflow="fold")
    for r in rows:
        cites = " · ".join(x for x in (r["cited_outlet"], r["cited_date"]) if x)
        text = r["as_printed"] if len(r["as_printed"]) < 100 else r["as_printed"][:99] + "…"
        t.add_row(r["article"] or r["path"] or "", r["article_date"] or "", r["speaker"] or "", r["outlet"] or "", cites, text)
    console.print(t)
