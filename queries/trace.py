"""`provgraph trace`: the everyday question — where does this quotation come from?

Runs the trace-quote canned query, then reads its rows the way a journalist would: every
appearance in date order, the speaker most articles name (with the dissenters kept), and
the origin — the earliest dated report an appearance cites, or the earliest article.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from . import run_query
from .display import article_name


def trace_quote(store, words: str) -> dict[str, Any]:
    rows = run_query(store, "trace-quote", {"norm": words})
    speakers = Counter(r["speaker"] for r in rows if r["speaker"])
    candidates = []
    for r in rows:
        if r["cited_report"] or r["cited_outlet"]:
            candidates.append((r["cited_date"] or "9999", "report", r["cited_report"], r["cited_outlet"], r["cited_date"]))
        if r["outlet"] and not r["cited_report"]:
            candidates.append((r["article_date"] or "9999", "told to", None, r["outlet"], None))
        candidates.append((r["article_date"] or "9999", "article", r["article"], None, r["article_date"]))
    origin = None
    if candidates:
        date, kind, title, outlet, printed_date = min(candidates, key=lambda c: (c[0], c[1] != "report"))
        if kind == "told to":  # no dated report: the outlet the words were told to, most often named
            outlet = Counter(r["outlet"] for r in rows if r["outlet"]).most_common(1)[0][0]
        origin = {"kind": kind, "title": title, "outlet": outlet, "date": printed_date}
    return {
        "words": words,
        "speaker": speakers.most_common(1)[0][0] if speakers else None,
        "speakers": dict(speakers),
        "origin": origin,
        # one per article file (two articles may share a title), each by its title or file name
        "articles": [article_name(r) for r in {r["path"] or r["article"]: r for r in rows}.values()],
        "appearances": rows,
        # other wordings of it: who dropped a sentence or changed a word
        "variants": run_query(store, "variants-of", {"norm": words}) if rows else [],
    }
