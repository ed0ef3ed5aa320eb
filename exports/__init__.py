"""Provenance that travels: the graph, or the part of it a query or trace touches, written in
the forms other tools read.

    from provgraph.exports import export
    export(store, "graph.gexf", "gexf")                                # the whole graph
    export(store, "origin.prov.json", "prov-json", words="never been a real person")
    export(store, "claims.jsonld", "claimreview", query="claims-resting-on", params={"source": "Intercept"})

Each format is one module with one ``write(records, output)`` function; this module only
chooses the nodes and dispatches. Every relationship written carries its evidence (the
article's hash, the span, how it was decided, the confidence and the extractor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from provgraph.common import ProvgraphError
from provgraph.graph.export import GraphRecords, graph_records


class ExportError(ProvgraphError):
    pass


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    writer: str  # "module:function" in this package, imported when used (prov and rdflib are slow to import)
    opens_with: str
    folder: bool = False  # writes a folder of files, not one file

    def write(self, records: GraphRecords, output: Path) -> None:
        module, function = self.writer.split(":")
        write: Callable[[GraphRecords, Path], None] = getattr(import_module(f"{__package__}.{module}"), function)
        write(records, output)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("json", "networks:write_json", "any JSON reader; your own scripts"),
        Format("graphml", "networks:write_graphml", "Gephi, yEd, Cytoscape, networkx"),
        Format("gexf", "networks:write_gexf", "Gephi (dates play on its timeline), networkx"),
        Format("prov-json", "prov:write_prov_json", "the W3C PROV tools: `prov` (Python), ProvToolbox, ProvStore"),
        Format("prov-ttl", "prov:write_prov_turtle", "RDF tools (rdflib, Jena, GraphDB) as PROV-O Turtle"),
        Format("claimreview", "claimreview:write", "a fact-check page's JSON-LD <script> (schema.org ClaimReview / Claim)"),
        Format("neo4j-csv", "neo4j_csv:write", "`neo4j-admin database import full` (see the folder's IMPORT.txt)", folder=True),
    )
}


@dataclass(frozen=True, slots=True)
class ExportSummary:
    output: Path
    format: str
    nodes: int
    relationships: int


def export(
    store,
    output: str | Path,
    fmt: str = "json",
    *,
    query: str | None = None,
    params: dict[str, str] | None = None,
    words: str | None = None,
) -> ExportSummary:
    """Write the whole graph, or with ``query`` (and ``params``) or ``words`` (a trace) the
    subgraph the picture of that query or trace would show, as ``fmt``."""
    chosen = FORMATS.get(fmt)
    if chosen is None:
        raise ExportError(f"{fmt}: not an export format; choose one of {', '.join(FORMATS)}")
    records = select(store, query=query, params=params, words=words)
    if (query or words) and not records.nodes:
        raise ExportError(f"{output}: nothing in the graph matches; nothing written")
    output = Path(output)
    chosen.write(records, output)
    return ExportSummary(output, fmt, len(records.nodes), len(records.relationships))


def select(store, *, query: str | None = None, params: dict[str, str] | None = None, words: str | None = None) -> GraphRecords:
    """The records to export: everything, or the nodes a query's or trace's picture holds
    and every relationship between two of them."""
    if not (query or words):
        return graph_records(store)
    from provgraph.viz.graph import provenance_graph

    picture = provenance_graph(store, words=words, query=query, params=params or {})
    return graph_records(store, set(picture.nodes))


__all__ = ["FORMATS", "ExportError", "ExportSummary", "Format", "export", "select"]
