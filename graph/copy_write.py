"""Writing a group of new articles to the embedded store with COPY FROM, inside one transaction.

LadybugDB runs each ``UNWIND … MERGE`` statement in about 2 ms whatever its size, and an
article needs fourteen of them: a per-article load tops out near 20 articles a second. COPY
FROM appends a whole file of rows in one step and, unlike MERGE, costs the same into a full
table as into an empty one. So a group of a few hundred new articles is written as:

1. **new nodes** (ids the store does not hold) by COPY, their rows first merged here the way the
   MERGE statements would have merged them one article after another;
2. **stored nodes** the group touches again (an outlet, a person, a report cited once more) by
   the usual MERGE statements, one deduplicated row per node: LadybugDB mishandles a key that
   comes twice in one ``UNWIND … MERGE`` (the second row leaves the property null);
3. **edges** by COPY when one end is new (such an edge cannot exist yet) or when the loader
   CREATEs them anyway (a quotation's per-article edges); by MERGE when both ends were stored.

Whatever this module gets wrong about what is stored shows as a COPY that breaks a primary
key, which rolls the group back: the loader then writes each article alone with MERGE.
"""

from __future__ import annotations

import csv
from pathlib import Path

from . import statements as st
from .schema import NODE_PROPERTIES, REL_TYPES

NODE_STATEMENTS = {
    st.MERGE_OUTLETS: "Outlet", st.MERGE_PERSONS: "Person", st.MERGE_REPORTS: "Source",
    st.MERGE_ARTICLE: "Source", st.MERGE_CLAIMS: "Claim", st.MERGE_QUOTES: "Quote",
}  # fmt: skip

# loader statement -> (relationship, from label, to label, from key, to key, the properties its
# MERGE pattern matches on: two rows agreeing on these are one edge, as MERGE would make them)
REL_ROWS = {
    st.MERGE_MAKES: ("MAKES", "Source", "Claim", "src", "claim", ()),
    st.MERGE_CLAIM_CITES: ("CITES", "Claim", "Source", "claim", "source", ("n",)),
    st.MERGE_SOURCE_CITES: ("CITES", "Source", "Source", "src", "dst", ("doc",)),
    st.MERGE_CLAIM_QUOTES: ("QUOTES", "Claim", "Quote", "claim", "quote", ()),
    st.MERGE_CLAIM_QUOTES_UNSAID: ("QUOTES", "Claim", "Quote", "claim", "quote", ()),
    st.CREATE_SOURCED_FROM: ("SOURCED_FROM", "Quote", "Source", "quote", "source", ("doc",)),
    st.CREATE_SAID_BY: ("SAID_BY", "Quote", "Person", "quote", "person", ("doc",)),
    st.CREATE_REPORTED_IN: ("REPORTED_IN", "Quote", "Outlet", "quote", "outlet", ("doc",)),
    st.MERGE_PUBLISHED_BY: ("PUBLISHED_BY", "Source", "Outlet", "source", "outlet", ()),
    st.MERGE_WRITTEN_BY: ("WRITTEN_BY", "Source", "Person", "source", "person", ()),
    st.MERGE_PUBLISHED_BY_UNPRINTED: ("PUBLISHED_BY", "Source", "Outlet", "source", "outlet", ()),
    st.MERGE_WRITTEN_BY_UNPRINTED: ("WRITTEN_BY", "Source", "Person", "source", "person", ()),
    st.MERGE_VARIANTS: ("VARIANT_OF", "Quote", "Quote", "a", "b", ()),
    st.MERGE_MENTIONS: ("MENTIONS", "Claim", "Outlet", "claim", "outlet", ()),
}

# the loader's CREATE statements: every row is an edge of its own, so COPY is exactly right
CREATED_EDGES = {st.CREATE_SOURCED_FROM, st.CREATE_SAID_BY, st.CREATE_REPORTED_IN}


class StoredIds:
    """The ids of the nodes the store holds, label by label: read once when a load starts and
    kept up to date as groups are written (never looked up per article)."""

    def __init__(self) -> None:
        self.ids: dict[str, set[str]] = {label: set() for label in NODE_PROPERTIES}

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key[1] in self.ids[key[0]]

    def add(self, label: str, ident: str) -> None:
        self.ids[label].add(ident)

    def add_rows(self, rows: dict[str, list[dict]]) -> None:
        """Everything one article's rows put in the store, once they are committed. Claims
        are left out: a claim belongs to one article, so a new article's claims are new (and
        a loaded corpus has twenty for every article, which would be most of this memory)."""
        for statement, label in NODE_STATEMENTS.items():
            if label != "Claim":
                self.ids[label].update(r["id"] for r in rows.get(statement, ()))


class CopyGroup:
    """The rows of a group of new articles, split into COPY files and MERGE rows."""

    def __init__(self, folder: Path, stored: StoredIds):
        self.folder = folder
        self.stored = stored
        self.new_nodes: dict[str, dict[str, dict]] = {label: {} for label in NODE_PROPERTIES}
        self.stored_nodes: dict[str, dict[str, dict]] = {}  # statement -> id -> merged row
        self.new_edges: dict[tuple[str, str, str], dict[tuple, dict]] = {}
        self.created_edges: dict[tuple[str, str, str], list[dict]] = {}
        self.stored_edges: dict[str, dict[tuple, dict]] = {}  # statement -> edge key -> last row

    def add(self, rows: dict[str, list[dict]]) -> None:
        # nodes first: an edge is new when one of its ends is new in this group
        for statement, label in NODE_STATEMENTS.items():
            for row in rows.get(statement, ()):
                if (label, row["id"]) in self.stored:
                    self._merge_stored(statement, row)
                else:
                    self._merge_new(statement, label, row)
        for statement, (rel, a, b, ka, kb, keys) in REL_ROWS.items():
            for row in rows.get(statement, ()):
                pair = (rel, a, b)
                if statement in CREATED_EDGES:
                    self.created_edges.setdefault(pair, []).append(row)
                    continue
                key = (row[ka], row[kb], *(row.get(k) for k in keys))
                if (a, row[ka]) in self.stored and (b, row[kb]) in self.stored:
                    self.stored_edges.setdefault(statement, {})[key] = row  # MERGE … SET: the last row wins
                else:
                    self.new_edges.setdefault(pair, {})[key] = row

    def _merge_new(self, statement: str, label: str, row: dict) -> None:
        """A new node's row as the MERGE statements would leave it after every article's rows."""
        have = self.new_nodes[label].get(row["id"])
        if have is None:
            fixed = {"kind": "report", "loaded": False} if statement == st.MERGE_REPORTS else {}
            fixed = {"kind": "article", "loaded": True} if statement == st.MERGE_ARTICLE else fixed
            self.new_nodes[label][row["id"]] = {**row, **fixed}
        else:
            _fold(statement, have, row)

    def _merge_stored(self, statement: str, row: dict) -> None:
        """One row per stored node and statement: a key twice in one MERGE goes wrong."""
        rows = self.stored_nodes.setdefault(statement, {})
        have = rows.get(row["id"])
        if have is None:
            rows[row["id"]] = dict(row)
        else:
            _fold(statement, have, row)

    def statements(self) -> list[tuple[str, dict]]:
        """The group's writes in order: new nodes, stored nodes, then edges."""
        out: list[tuple[str, dict]] = []
        for label, nodes in self.new_nodes.items():
            if nodes:
                props = list(NODE_PROPERTIES[label])
                out.append(self._copy(label, (label,), props, ([row.get(p) for p in props] for row in nodes.values())))
        for statement in st.WRITE_ORDER:
            if statement in NODE_STATEMENTS and statement not in (st.MERGE_OUTLETS, st.MERGE_QUOTES):
                rows = list(self.stored_nodes.get(statement, {}).values())
                if rows:
                    out.append((statement, {"rows": rows}))
        edges = {pair: list(rows.values()) for pair, rows in self.new_edges.items()}
        for pair, rows in self.created_edges.items():
            edges.setdefault(pair, []).extend(rows)
        for (rel, a, b), rows in edges.items():
            props = list(REL_TYPES[rel][1])
            ka, kb = _endpoint_keys(rel, a, b)
            cells = ([row[ka], row[kb], *(row.get(p) for p in props)] for row in rows)
            out.append(self._copy(rel, (rel, a, b), ["from", "to", *props], cells, f", from='{a}', to='{b}'"))
        for statement in st.WRITE_ORDER:
            rows = list(self.stored_edges.get(statement, {}).values())
            if rows:
                out.append((statement, {"rows": rows}))
        return out

    def _copy(self, table: str, name: tuple[str, ...], header: list[str], cells, extra: str = "") -> tuple[str, dict]:
        path = self.folder / f"{'-'.join(name)}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, delimiter=",", quotechar='"', doublequote=True, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow(header)
            w.writerows(cells)  # None is written as an empty field (null), True/False as LadybugDB reads them
        return (f"COPY {table} FROM {_literal(path)} ({CSV_OPTIONS}{extra})", {})


def _fold(statement: str, have: dict, row: dict) -> None:
    """A later row of the same node folded into the earlier one, as its MERGE statement would
    apply it after the earlier one's."""
    if statement == st.MERGE_ARTICLE:  # SET x = coalesce(r.x, s.x): the article's own data wins
        have.update({k: v for k, v in row.items() if v is not None}, kind="article", loaded=True)
    elif statement == st.MERGE_REPORTS:  # ON MATCH SET x = coalesce(s.x, r.x): gaps are filled
        have.update({k: v for k, v in row.items() if have.get(k) is None})
    elif statement == st.MERGE_PERSONS:  # a fuller name replaces a surname
        if len(row["name"]) > len(have["name"]):
            have["name"] = row["name"]
    elif statement == st.MERGE_CLAIMS:  # SET: the last row wins
        have.update(row)
    # outlets and quotes: ON CREATE only, the first row stands


def _endpoint_keys(rel: str, a: str, b: str) -> tuple[str, str]:
    return next((ka, kb) for r, x, y, ka, kb, _ in REL_ROWS.values() if (r, x, y) == (rel, a, b))


# How the files are written, said to the reader outright: LadybugDB otherwise guesses the
# quoting from the first rows, and a name like `Pat O"Brien` further down was stored with its
# CSV escapes or failed the load. Quoted fields may hold line breaks (a quotation's
# paragraphs), which only the serial reader takes.
CSV_OPTIONS = "HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', AUTO_DETECT=false, PARALLEL=false"


def _literal(path: Path) -> str:
    """A file path as a Cypher string literal, whatever characters the temporary folder has."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"

