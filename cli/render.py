"""Readable terminal output for documents and traces (rich)."""

from __future__ import annotations

import re
from typing import Any

from provgraph.loaders import Document
from rich.console import Console
from rich.table import Table
from rich.text import Text

# what a terminal would obey rather than show: C0/C1 controls (escape sequences, bells) and
# the bidirectional overrides that can disguise the order of words; tabs and newlines stay
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(value: Any) -> Text:
    """Article text for the terminal, shown as printed: rich reads no markup from it
    ("[and]", "[/i]" stay), and only terminal controls are dropped. Stored text is untouched."""
    return Text(_TERMINAL_CONTROLS.sub("", "" if value is None else str(value)))


def styled(template: str, **values: Any) -> Text:
    """A line of our own markup with article text put in as plain text."""
    parts: list[Text | str] = []
    for chunk in re.split(r"(\{\w+(?::bold)?\})", template):
        m = re.fullmatch(r"\{(\w+)(:bold)?\}", chunk)
        if not m:
            parts.append(chunk)
            continue
        text = plain(values[m.group(1)])
        if m.group(2):
            text.stylize("bold")
        parts.append(text)
    return Text.assemble(*parts)


def print_document_summary(doc: Document) -> None:
    console = Console()
    m = doc.meta
    console.print(styled("{title:bold}", title=m.title or "(no headline)"))
    console.print(plain(f"byline: {m.byline or '-'}   published: {m.published or '-'}   format: {m.format}   id: {m.id[:16]}"))
    console.print(f"{len(doc.references)} references, {len(doc.markers)} markers, {len(doc.quotes)} quotations, {len(doc.claims)} claims")
    if doc.references:
        t = Table(title="References")
        for col in ("n", "authors", "title", "outlet", "date", "ibid/url"):
            t.add_column(col, overflow="fold")
        for r in doc.references:
            cells = (str(r.n), "; ".join(r.authors), r.title, r.outlet, r.date, f"ibid [{r.ibid_of}]" if r.ibid_of else r.url)
            t.add_row(*(plain(c) for c in cells))
        console.print(t)
    if doc.quotes:
        t = Table(title="Quotations")
        for col in ("speaker", "outlet", "refs", "quotation"):
            t.add_column(col, overflow="fold")
        for q in doc.quotes:
            text = q.text if len(q.text) < 140 else q.text[:139] + "…"
            t.add_row(plain(q.speaker or "-"), plain(q.outlet or "-"), plain(",".join(map(str, q.refs))), plain(text))
        console.print(t)
    for w in doc.warnings:
        console.print(Text.assemble(("warning", "yellow"), " ", plain(f"{w.code}: {w.message}")))


def speaker_decided(row: dict[str, Any]) -> str | None:
    """ "Hassan Heyrani (cue 0.95, first-hand)": who, and how the link to them was decided."""
    if not row.get("speaker"):
        return None
    how = ", ".join(
        x for x in (
            f"{row['speaker_how']} {row['speaker_confidence']:g}" if row.get("speaker_how") and row.get("speaker_confidence") is not None else row.get("speaker_how"),
            row.get("attribution") if row.get("attribution") != "unstated" else None,
        ) if x
    )  # fmt: skip
    return f"{row['speaker']} ({how})" if how else row["speaker"]


def print_trace(result: dict[str, Any]) -> None:
    from provgraph.queries.display import article_name, shorten

    console = Console()
    rows = result["appearances"]
    if not rows:
        console.print(plain(f"No quotation in the graph contains “{result['words']}”."))
        return
    o = result["origin"] or {}
    console.print(styled("“{words:bold}”", words=result["words"]))
    others = ", ".join(f"{k} ({v})" for k, v in result["speakers"].items() if k != result["speaker"])
    also = f"   (also attributed to: {others})" if others else ""
    console.print(styled("speaker: {speaker:bold}{also}", speaker=result["speaker"] or "not named", also=also))
    origin = " · ".join(x for x in (o.get("outlet"), o.get("title"), o.get("date")) if x)
    console.print(styled("origin:  {origin:bold} ({kind})", origin=origin or "unknown", kind=o.get("kind", "-")))
    t = Table(title=Text(f"{len(rows)} appearances in {len(result['articles'])} articles"))
    for col in ("article", "date", "speaker", "outlet", "cites", "as printed"):
        t.add_column(col, overflow="fold")
    for r in rows:
        cites = " · ".join(x for x in (r["cited_outlet"], r["cited_date"]) if x)
        if cites and r.get("cited_how"):
            cites += f" ({r['cited_how']})"
        text = shorten(r["as_printed"], AS_PRINTED_WIDTH)
        cells = (article_name(r), r["article_date"], speaker_decided(r), r["outlet"], cites, text)
        t.add_row(*(plain(c) for c in cells))
    console.print(t)
    variants = result.get("variants") or []
    if variants:
        console.print(plain(f"{len(variants)} other wordings ([-removed-] {{+added+}}):"))
        for v in variants[:MAX_VARIANTS_SHOWN]:
            first = " · ".join(x for x in (v["variant_first_in"], v["variant_first_seen"]) if x)
            console.print(plain(f"  {v['similarity']:.2f}  {v['diff']}" + (f"  (first: {first})" if first else "")))
        if len(variants) > MAX_VARIANTS_SHOWN:
            console.print(plain(f"  … and {len(variants) - MAX_VARIANTS_SHOWN} more: provgraph query variants-of --param norm=\"{result['words']}\""))


# characters of a quotation a trace row shows (cut between words; `--json` has it all)
AS_PRINTED_WIDTH = 100

# the other wordings `trace` prints before pointing to the query that lists them all
MAX_VARIANTS_SHOWN = 5
