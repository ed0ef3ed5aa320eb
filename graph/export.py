"""The whole graph out: JSON (nodes and relationships with their labels and types) or GraphML
(through networkx, for Gephi and yEd)."""

from __future__ import annotations

import json
from pathlib import Path

from .schema import LABELS, NODE_PROPERTIES, REL_TYPES
from .store import Store


def graph_records(store: Store) -> tuple[list[dict], list[dict]]:
    nodes = []
    for label in LABELS:
        props = ", ".join(f"n.{p} AS {p}" for p in NODE_PROPERTIES[label])
        for row in store.query(f"MATCH (n:{label}) RETURN {props}"):
            nodes.append({"label": label, **row})
    rels = []
    for rel, (pairs, props) in REL_TYPES.items():
        cols = "".join(f", r.{p} AS {p}" for p in props)
        for a, b in pairs:
            for row in store.query(f"MATCH (x:{a})-[r:{rel}]->(y:{b}) RETURN x.id AS source, y.id AS target{cols}"):
                rels.append({"type": rel, **row})
    return nodes, rels


def export_graph(store: Store, output: str | Path, fmt: str = "json") -> tuple[int, int]:
    nodes, rels = graph_records(store)
    if fmt == "json":
        Path(output).write_text(json.dumps({"nodes": nodes, "relationships": rels}, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        import networkx as nx

        g = nx.MultiDiGraph()
        for n in nodes:
            g.add_node(n["id"], **{k: v for k, v in n.items() if v is not None and k != "id"})
        for r in rels:
            g.add_edge(r["source"], r["target"], **{k: v for k, v in r.items() if v is not None and k not in ("source", "target")})
        nx.write_graphml(g, str(output))
    return len(nodes), len(rels)
