"""The graph read out as plain records, whole or around chosen nodes: what every export
format (``provgraph.exports``) writes from."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from .schema import LABELS, NODE_PROPERTIES, REL_TYPES
from .store import Store


class GraphRecords(NamedTuple):
    """Nodes (``label`` plus the label's properties) and relationships (``type``, ``source``
    and ``target`` ids, plus the type's properties, evidence included)."""

    nodes: list[dict]
    relationships: list[dict]


def graph_records(store: Store, node_ids: Collection[str] | None = None) -> GraphRecords:
    """Every node and relationship, or with ``node_ids`` only those nodes and the
    relationships between two of them."""
    ids = sorted(node_ids) if node_ids is not None else None
    if ids == []:
        return GraphRecords([], [])  # and LadybugDB cannot type an empty list parameter
    where_node = " WHERE n.id IN $ids" if ids is not None else ""
    where_rel = " WHERE x.id IN $ids AND y.id IN $ids" if ids is not None else ""
    params = {"ids": ids} if ids is not None else None
    nodes = []
    for label in LABELS:
        props = ", ".join(f"n.{p} AS {p}" for p in NODE_PROPERTIES[label])
        for row in store.query(f"MATCH (n:{label}){where_node} RETURN {props} ORDER BY n.id", params):
            nodes.append({"label": label, **row})
    rels = []
    for rel, (pairs, props) in REL_TYPES.items():
        cols = "".join(f", r.{p} AS {p}" for p in props)
        for a, b in pairs:
            cypher = f"MATCH (x:{a})-[r:{rel}]->(y:{b}){where_rel} RETURN x.id AS source, y.id AS target{cols} ORDER BY source, target"
            for row in store.query(cypher, params):
                rels.append({"type": rel, **row})
    return GraphRecords(nodes, rels)
