"""JSON, GraphML and GEXF: the graph as nodes and edges for graph tools (Gephi, yEd,
Cytoscape, networkx). GraphML and GEXF go through networkx's writers.

Nodes carry ``type`` (Source, Claim, Quote, Person, Outlet), a ``label`` to show, and the
label's properties; edges carry ``relationship`` (its type: GEXF keeps an edge's ``type`` for
directed or undirected) and every property,
evidence included. GEXF nodes with a date carry ``start`` so Gephi can play the graph on a
timeline: a Source from its date, a Claim from its article's date, a Quote from the
earliest dated appearance.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from provgraph.graph.export import GraphRecords

LABEL_LENGTH = 60


def write_json(records: GraphRecords, output: Path) -> None:
    payload = {"nodes": records.nodes, "relationships": records.relationships}
    output.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")


def to_networkx(records: GraphRecords) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by node id; properties that are null are left out (neither
    GraphML nor GEXF can hold a null) and lists are written as one "; "-joined string (nor a
    list)."""
    g = nx.MultiDiGraph()
    for node in records.nodes:
        props = {k: "; ".join(v) if isinstance(v, list) else v for k, v in node.items() if v is not None and k not in ("id", "label")}
        g.add_node(node["id"], type=node["label"], label=display_label(node), **props)
    for i, rel in enumerate(records.relationships):
        props = {k: v for k, v in rel.items() if v is not None and k not in ("source", "target", "type")}
        g.add_edge(rel["source"], rel["target"], key=f"e{i}", relationship=rel["type"], **props)
    return g


def write_graphml(records: GraphRecords, output: Path) -> None:
    nx.write_graphml(to_networkx(records), str(output))


def write_gexf(records: GraphRecords, output: Path) -> None:
    g = to_networkx(records)
    for node, when in node_dates(records).items():
        g.nodes[node]["start"] = when
    nx.write_gexf(g, str(output))


def display_label(node: dict) -> str:
    """What a graph tool shows on the node: a name, a title or the first words."""
    words = node.get("name") or node.get("title") or node.get("text") or node.get("url") or node.get("path") or node["id"]
    words = " ".join(str(words).split())
    return words if len(words) <= LABEL_LENGTH else words[: LABEL_LENGTH - 1] + "…"


def node_dates(records: GraphRecords) -> dict[str, str]:
    """The day each dated node enters the timeline (GEXF dates are whole days: a date
    printed as a year or a month starts on its first day)."""
    dates: dict[str, str] = {}
    for node in records.nodes:
        when = node.get("date") or node.get("first_seen")
        if when:
            dates[node["id"]] = when
    for rel in records.relationships:
        if rel["type"] == "MAKES" and rel["source"] in dates:
            dates[rel["target"]] = dates[rel["source"]]  # a claim dates from its article
    return {node: _whole_day(when) for node, when in dates.items()}


def _whole_day(iso: str) -> str:
    parts = iso[:10].split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))
