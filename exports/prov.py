"""W3C PROV: the graph as PROV-JSON or PROV-O (Turtle), through the ``prov`` package.

Sources, claims and quotations are entities; people and outlets are agents. How each
relationship maps:

    CITES         claim or article  wasDerivedFrom (prov:PrimarySource)  report   hadPrimarySource
    SOURCED_FROM  quotation         wasDerivedFrom (prov:Quotation)      report   wasQuotedFrom
    QUOTES        claim             wasDerivedFrom (prov:Quotation)      quotation
    SAID_BY       quotation         wasAttributedTo                      person
    WRITTEN_BY    source            wasAttributedTo                      person
    PUBLISHED_BY  source            wasAttributedTo                      outlet
    REPORTED_IN   quotation         wasAttributedTo                      outlet
    MAKES         claim             wasDerivedFrom                       article
    VARIANT_OF    quotation         wasInfluencedBy                      quotation
    MENTIONS      claim             wasInfluencedBy                      outlet

Every relation carries ``pg:relation`` (the graph's type) and the evidence as ``pg:``
attributes (doc, charStart, charEnd, how, confidence, extractor), so a PROV reader can
check each link against the article's text.
"""

from __future__ import annotations

from pathlib import Path

from prov.constants import PROV_TYPE
from prov.model import PROV, ProvDocument
from provgraph.graph.export import GraphRecords

NAMESPACE = ("pg", "urn:provgraph:")
SCHEMA = ("schema", "https://schema.org/")

# graph property -> PROV attribute name (camelCase, as PROV vocabularies write them)
_ATTRIBUTE_NAMES = {"char_start": "charStart", "char_end": "charEnd", "as_printed": "asPrinted", "said_when": "saidWhen", "first_seen": "firstSeen"}
_AGENT_TYPES = {"person": PROV["Person"], "organization": PROV["Organization"]}


def to_prov(records: GraphRecords) -> ProvDocument:
    doc = ProvDocument()
    pg = doc.add_namespace(*NAMESPACE)
    doc.add_namespace(*SCHEMA)
    label_of: dict[str, str] = {}
    for node in records.nodes:
        label_of[node["id"]] = node["label"]
        ident = pg[_local(node["id"])]
        attrs = _attributes(pg, node, skip=("id", "label"))
        if node["label"] in ("Person", "Outlet"):
            kind = node.get("kind") or ("organization" if node["label"] == "Outlet" else "person")
            attrs[PROV_TYPE] = _AGENT_TYPES.get(kind, pg[node["label"]])
            doc.agent(ident, attrs)
        else:
            attrs[PROV_TYPE] = pg[node["label"] if node["label"] != "Source" else (node.get("kind") or "source").capitalize()]
            doc.entity(ident, attrs)
    for rel in records.relationships:
        a, b = pg[_local(rel["source"])], pg[_local(rel["target"])]
        attrs = _attributes(pg, rel, skip=("source", "target", "type"))
        attrs[pg["relation"]] = rel["type"]
        kind = rel["type"]
        if kind == "CITES":
            doc.primary_source(a, b, other_attributes=attrs)
        elif kind in ("SOURCED_FROM", "QUOTES"):
            doc.quotation(a, b, other_attributes=attrs)
        elif kind in ("SAID_BY", "WRITTEN_BY", "PUBLISHED_BY", "REPORTED_IN"):
            doc.attribution(a, b, other_attributes=attrs)
        elif kind == "MAKES":  # the claim is read from the article
            doc.derivation(b, a, other_attributes=attrs)
        else:
            doc.influence(a, b, other_attributes=attrs)
    return doc


def write_prov_json(records: GraphRecords, output: Path) -> None:
    with output.open("w", encoding="utf-8") as f:
        to_prov(records).serialize(f, format="json", indent=1)


def write_prov_turtle(records: GraphRecords, output: Path) -> None:
    with output.open("w", encoding="utf-8") as f:
        to_prov(records).serialize(f, format="rdf", rdf_format="turtle")


def _local(node_id: str) -> str:
    """A node id as a qualified name's local part ("claim:3f…" -> "claim-3f…")."""
    return node_id.replace(":", "-")


def _attributes(pg, record: dict, skip: tuple[str, ...]) -> dict:
    """Null and empty values left out; a list (a claim's roots) as one "; "-joined value,
    since a PROV attribute holds one literal."""
    return {
        pg[_ATTRIBUTE_NAMES.get(k, k)]: "; ".join(v) if isinstance(v, list) else v
        for k, v in record.items()
        if k not in skip and v is not None and v != "" and v != []
    }
