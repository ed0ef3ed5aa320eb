"""CSV for ``neo4j-admin database import full``: a large corpus extracted and loaded once
(on the embedded store, say) bulk-imported into a Neo4j server without a MERGE per row.

One file of nodes per label and one of relationships per type, with the typed headers the
import tool reads (``id:ID``, ``:LABEL``, ``char_start:long``, ``:START_ID``, ``:END_ID``,
``:TYPE``). Text stays exact: fields are quoted as RFC 4180 says, so a quotation spanning
lines needs ``--multiline-fields=true``; IMPORT.txt in the folder gives the whole command.
"""

from __future__ import annotations

import csv
from pathlib import Path

from provgraph.graph.export import GraphRecords
from provgraph.graph.schema import NODE_PROPERTIES, REL_TYPES

# the schema's types as the import tool's header types
_CSV_TYPES = {"STRING": "string", "INT64": "long", "DOUBLE": "double", "BOOLEAN": "boolean", "STRING[]": "string[]"}


def import_command(folder: Path, database: str = "neo4j") -> list[str]:
    """The neo4j-admin arguments that import the folder (into an empty or new database)."""
    files = sorted(p.name for p in folder.glob("*.csv"))
    nodes = [f"--nodes={folder / f}" for f in files if f.startswith("nodes-")]
    rels = [f"--relationships={folder / f}" for f in files if f.startswith("relationships-")]
    return ["database", "import", "full", *nodes, *rels, "--multiline-fields=true", "--overwrite-destination=true", database]


def write(records: GraphRecords, output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    for label, props in NODE_PROPERTIES.items():
        rows = [n for n in records.nodes if n["label"] == label]
        if not rows:
            continue
        header = ["id:ID"] + [f"{p}:{_CSV_TYPES[t]}" for p, t in props.items() if p != "id"] + [":LABEL"]
        body = [[n["id"], *(_cell(n.get(p)) for p in props if p != "id"), label] for n in rows]
        _write_csv(output / f"nodes-{label}.csv", header, body)
    for rel, (_, props) in REL_TYPES.items():
        rows = [r for r in records.relationships if r["type"] == rel]
        if not rows:
            continue
        header = [":START_ID", ":END_ID", ":TYPE"] + [f"{p}:{_CSV_TYPES[t]}" for p, t in props.items()]
        body = [[r["source"], r["target"], rel, *(_cell(r.get(p)) for p in props)] for r in rows]
        _write_csv(output / f"relationships-{rel}.csv", header, body)
    command = " ".join(["neo4j-admin", *import_command(output)])
    (output / "IMPORT.txt").write_text(
        "Import into a stopped Neo4j 5 server (this replaces the database named last):\n\n"
        f"  {command}\n\nthen start the server and run `provgraph stats --store bolt://…` to compare counts.\n",
        encoding="utf-8",
    )


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _cell(value) -> str:
    """Null as an empty field (the import tool leaves the property unset); booleans and lists
    as the tool spells them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):  # the import tool's array delimiter
        return ";".join(value)
    return str(value)
