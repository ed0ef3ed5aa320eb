"""Provenance pictures as networkx graphs: what to draw, separate from how it is drawn.

``provenance_graph(store, words=…)`` (a trace), ``article=…`` (one article) or
``query=…, params=…`` (any canned query whose rows hold claims, sources or quotations)
returns a ``networkx.MultiDiGraph`` whose nodes carry ``kind`` (Claim, Quote, Source,
Outlet, Person), a short ``label``, ``tip`` (field/value pairs for the tooltip), ``url`` and
``origin``; edges carry ``kind`` and ``label`` ("CITES [3]", "SAID_BY", …).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import networkx as nx
from provgraph.queries import QueryError, bind_params, get_query, parse_query
from provgraph.queries.display import shorten


def _viz_query(name: str):
    return parse_query(resources.files(__package__).joinpath(f"{name}.cypher").read_text(encoding="utf-8"))


def _label(text: str | None, limit: int) -> dict[str, str]:
    """A node's label, cut between words; the whole text kept beside it when cut, for the
    tooltip and the page's numbered list of full labels."""
    whole = " ".join((text or "").split())
    label = shorten(whole, limit)
    return {"label": label, "full": whole} if label != whole else {"label": label}


# characters of each kind's label (the layout's columns are sized for the longest)
LABEL_LIMITS = {"Source": 30, "Claim": 30, "Quote": 28, "Person": 26, "Outlet": 26}


def provenance_graph(
    store,
    *,
    words: str | None = None,
    article: str | None = None,
    query: str | None = None,
    params: dict[str, str] | None = None,
) -> nx.MultiDiGraph:
    """The claims, quotations, sources, outlets and people a trace, article or query touches."""
    from provgraph.common.keys import normalise_quote

    seeds = _viz_query("seeds")
    origin_ids: set[str] = set()
    claim_ids: set[str] = set()
    if query:
        claim_ids, norms, origin_ids = _from_query(store, query, params or {})
        for norm in norms:
            claim_ids |= _claims(store, seeds, norm=norm)
    if words:
        claim_ids |= _claims(store, seeds, norm=normalise_quote(words))
    if article:
        claim_ids |= _claims(store, seeds, article=article)
    g = nx.MultiDiGraph(title=None)
    if not claim_ids:
        return g
    _add_claims(store, g, sorted(claim_ids))
    _add_first_reports(store, g)
    if words and not origin_ids:
        from provgraph.queries.trace import trace_quote

        origin = trace_quote(store, words)["origin"] or {}
        for node, data in g.nodes(data=True):
            if data["kind"] == "Source" and origin.get("title") and data.get("title") == origin["title"]:
                origin_ids.add(node)
    for node in origin_ids:
        if node in g:
            g.nodes[node]["origin"] = True
    return g


def _claims(store, seeds, norm: str = "", article: str = "", source_id: str = "") -> set[str]:
    rows = store.query(seeds.cypher, {"norm": norm, "article": article, "source_id": source_id})
    return {r["claim"] for r in rows}


def _from_query(store, name: str, params: dict[str, str]) -> tuple[set[str], set[str], set[str]]:
    """Claims, quotation words and origins named by a canned query's rows."""
    from provgraph.common.keys import normalise_quote

    q = get_query(name)
    bound = bind_params(store, q, params)
    rows = store.query(q.cypher, bound)
    claims: set[str] = set()
    norms: set[str] = set()
    origins: set[str] = set()
    if "source_id" in bound:
        origins.add(bound["source_id"])
    for row in rows:
        if isinstance(row.get("claim_id"), str):
            claims.add(row["claim_id"])
        for value in row.values():
            for node in _nodes_in(value):
                if node.get("_label") == "Claim":
                    claims.add(node["id"])
        text = row.get("quote")
        if isinstance(text, str):
            norms.add(normalise_quote(text))
    if not claims and not norms:
        raise QueryError(f"{name} returns no claims or quotations to draw; try claims-resting-on, trace-quote or who-said")
    return claims, norms, origins


def _nodes_in(value: Any) -> list[dict]:
    if isinstance(value, dict) and "nodes" in value:
        return value["nodes"]
    if isinstance(value, dict) and "_label" in value:
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict) and "_label" in v]
    return []


def _add_node(g: nx.MultiDiGraph, node: dict | None) -> str | None:
    if not node or not node.get("id"):
        return None
    nid, kind = node["id"], node["_label"]
    if nid in g:
        return nid
    if kind == "Source":
        fallback = (node.get("path") or "").rsplit("/", 1)[-1]
        named = _label(node.get("title") or fallback or node.get("url") or node.get("outlet") or "source", LABEL_LIMITS[kind])
        loaded = bool(node.get("loaded"))
        tip = [("article" if loaded else "report", node.get("title") or fallback), ("outlet", node.get("outlet")),
               ("date", node.get("date") or "undated"), ("authors", node.get("authors")),
               ("loaded", "yes: an article read into the graph" if loaded else "no: known only from citations")]  # fmt: skip
        g.add_node(nid, kind=kind, **named, tip=tip, url=node.get("url"), title=node.get("title"), date=node.get("date"), loaded=loaded)
    elif kind == "Claim":
        g.add_node(nid, kind=kind, **_label(node.get("text"), LABEL_LIMITS[kind]), tip=[("claim", node.get("text"))],
                   char_start=node.get("char_start"))  # fmt: skip
    elif kind == "Quote":
        named = _label(node.get("text"), LABEL_LIMITS[kind])
        named = {k: f"“{v}”" for k, v in named.items()}
        g.add_node(nid, kind=kind, **named, tip=[("quote", node.get("text"))], first_reported_in=node.get("origin"))
    elif kind in ("Person", "Outlet"):
        g.add_node(nid, kind=kind, **_label(node.get("name"), LABEL_LIMITS[kind]), tip=[(kind.lower(), node.get("name"))])
    else:
        return None
    return nid


def _add_first_reports(store, g: nx.MultiDiGraph) -> None:
    """Each quotation linked to the Source it was first reported in, drawn too if it is not
    yet: the path from an article to the report its quotations come from."""
    wanted = sorted({d["first_reported_in"] for _, d in g.nodes(data=True) if d["kind"] == "Quote" and d.get("first_reported_in")})
    missing = [s for s in wanted if s not in g]
    if missing:
        for r in store.query(_viz_query("sources").cypher, {"ids": missing}):
            _add_node(g, r["s"])
    for q, d in list(g.nodes(data=True)):
        origin = d.get("first_reported_in") if d["kind"] == "Quote" else None
        if origin in g and not g.has_edge(q, origin, key="FIRST_REPORTED_IN"):
            g.add_edge(q, origin, key="FIRST_REPORTED_IN", kind="FIRST_REPORTED_IN", label="FIRST_REPORTED_IN",
                       tip=_decided("earliest dated appearance", None))  # fmt: skip


def _add_claims(store, g: nx.MultiDiGraph, claims: list[str]) -> None:
    appears_in: dict[str, str] = {}
    for r in store.query(_viz_query("neighbourhood").cypher, {"claims": claims}):
        a, c = _add_node(g, r["a"]), _add_node(g, r["c"])
        if a and c:
            art = r["a"]
            appears_in[c] = " · ".join(x for x in (art.get("title") or (art.get("path") or "").rsplit("/", 1)[-1], art.get("date")) if x)
        if a and c and not g.has_edge(a, c, key="MAKES"):
            g.add_edge(a, c, key="MAKES", kind="MAKES", label="MAKES")
        s = _add_node(g, r["s"])
        if s and c:
            k = f"CITES{r['n']}"
            if not g.has_edge(c, s, key=k):
                g.add_edge(c, s, key=k, kind="CITES", label=f"CITES [{r['n']}]", tip=_decided(r["cites_how"], r["cites_confidence"]))
                g.nodes[c]["tip"].append(("footnote", f"[{r['n']}] {g.nodes[s].get('title') or ''}".strip()))
        so = _add_node(g, r["so"])
        if s and so and not g.has_edge(s, so, key="PUBLISHED_BY"):
            g.add_edge(s, so, key="PUBLISHED_BY", kind="PUBLISHED_BY", label="PUBLISHED_BY")
    for r in store.query(_viz_query("quotes").cypher, {"claims": claims}):
        c, q = r["claim"], _add_node(g, r["q"])
        if not q or c not in g:
            continue
        if not g.has_edge(c, q, key="QUOTES"):
            g.add_edge(c, q, key="QUOTES", kind="QUOTES", label="QUOTES")
            if appears_in.get(c):
                g.nodes[q]["tip"].append(("appears in", appears_in[c]))
        p = _add_node(g, r["p"])
        if p and not g.has_edge(q, p, key="SAID_BY"):
            g.add_edge(q, p, key="SAID_BY", kind="SAID_BY", label="SAID_BY", tip=_decided(r["said_how"], r["said_confidence"], r["attribution"]))
            g.nodes[q]["tip"].append(("speaker", g.nodes[p]["tip"][0][1]))
        o = _add_node(g, r["o"])
        if o and not g.has_edge(q, o, key="REPORTED_IN"):
            g.add_edge(q, o, key="REPORTED_IN", kind="REPORTED_IN", label="REPORTED_IN", tip=_decided(None, None, r["reported_attribution"]))
            g.nodes[q]["tip"].append(("outlet", g.nodes[o]["tip"][0][1]))
        q2 = _add_node(g, r["q2"])
        if q2 and not g.has_edge(q, q2, key="VARIANT_OF"):
            g.add_edge(q, q2, key="VARIANT_OF", kind="VARIANT_OF", label=f"VARIANT_OF {r['similarity'] or 0:.2f}",
                       tip=_decided("similar wording", r["similarity"]))  # fmt: skip


def _decided(how: str | None, confidence: float | None, attribution: str | None = None) -> list[tuple[str, str]]:
    """An edge's tooltip: how the link was decided and how sure that rule is."""
    tip = [("decided by", how)] if how else []
    if confidence is not None:
        tip.append(("confidence", f"{confidence:g}"))
    if attribution and attribution != "unstated":
        tip.append(("attribution", attribution))
    return tip


def run_for_caption(query: str | None, words: str | None, article: str | None, params: dict[str, str] | None) -> str:
    if query:
        shown = " ".join(f'{k}="{v}"' for k, v in (params or {}).items())
        return f"provgraph query {query} {shown}".strip()
    if words:
        return f'provgraph trace "{words}"'
    return f'provgraph viz --article "{article}"'


__all__ = ["provenance_graph"]
