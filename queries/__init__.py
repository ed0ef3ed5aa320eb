"""Canned provenance queries: one ``.cypher`` file per question, the same text for every store.

Each file opens with ``//`` header lines — ``name``, ``description``, ``param: NAME (TYPE) =
EXAMPLE — meaning``, ``returns`` and, for a UNION, ``order`` — so it documents itself here, in ``provgraph queries``
and when pasted into Neo4j Browser. Parameter types say how a user's words become the value
the Cypher expects: ``string`` and ``int`` as given, ``quote`` folded like stored quotations,
``source`` resolved to a Source id by fuzzy matching over titles, outlets and dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from provgraph.common import ProvgraphError


class QueryError(ProvgraphError):
    """An unknown query, or parameters that are missing or mistyped."""


@dataclass(slots=True)
class Param:
    name: str
    type: str
    example: str
    meaning: str


@dataclass(slots=True)
class CannedQuery:
    name: str
    description: str
    cypher: str
    params: list[Param] = field(default_factory=list)
    returns: str = ""
    # columns to sort the rows by, for a query whose Cypher cannot: the rows of a UNION come
    # in no order a store promises (LadybugDB sorts only the last part)
    order: list[str] = field(default_factory=list)


_PARAM = re.compile(r"^(\w+)\s*\((\w+)\)\s*(?:=\s*(.*?))?\s*(?:—\s*(.*))?$")


def parse_query(text: str) -> CannedQuery:
    header: dict[str, str] = {}
    params: list[Param] = []
    body: list[str] = []
    for line in text.splitlines():
        m = re.match(r"^//\s*(\w+):\s*(.*)$", line)
        if m and not body:
            key, value = m.groups()
            if key == "param":
                pm = _PARAM.match(value)
                if not pm:
                    raise QueryError(f"bad param line: {value}")
                params.append(Param(pm.group(1), pm.group(2), pm.group(3) or "", pm.group(4) or ""))
            else:
                header[key] = value
        else:
            body.append(line)
    order = [c.strip() for c in header.get("order", "").split(",") if c.strip()]
    return CannedQuery(header["name"], header.get("description", ""), "\n".join(body).strip(), params, header.get("returns", ""), order)


def all_queries() -> dict[str, CannedQuery]:
    out = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            q = parse_query(entry.read_text(encoding="utf-8"))
            out[q.name] = q
    return out


def get_query(name: str) -> CannedQuery:
    queries = all_queries()
    if name not in queries:
        raise QueryError(f"no query named {name!r}; the queries are: {', '.join(queries)}")
    return queries[name]


def bind_params(store, query: CannedQuery, given: dict[str, str]) -> dict[str, Any]:
    """Turn the user's ``key=value`` words into the values the Cypher expects."""
    from provgraph.common.keys import normalise_quote

    expected = {p.name: p for p in query.params}
    aliases = {"text": "norm", "quote": "norm", "source": "source_id"}
    values: dict[str, Any] = {}
    for key, raw in given.items():
        key = aliases.get(key, key) if key not in expected else key
        if key not in expected:
            raise QueryError(f"{query.name} takes no parameter {key!r}; it expects: {_expects(query)}")
        p = expected[key]
        if p.type == "int":
            try:
                values[key] = int(raw)
            except ValueError:
                raise QueryError(f"{query.name}: parameter {key!r} must be a whole number, not {raw!r}") from None
        elif p.type == "quote":
            values[key] = normalise_quote(raw)
        elif p.type == "source":
            values[key] = find_source(store, raw)
        else:
            values[key] = raw
    missing = [p.name for p in query.params if p.name not in values]
    if missing:
        raise QueryError(f"{query.name} needs {', '.join(missing)}; it expects: {_expects(query)}")
    return values


def _expects(query: CannedQuery) -> str:
    if not query.params:
        return "no parameters"
    return "; ".join(f"{p.name} ({p.type}, e.g. {p.example!r})" for p in query.params)


def find_source(store, words: str) -> str:
    """The Source best matching free words ("Intercept June 2019"), by title, outlet and date."""
    from provgraph.loaders.rules import month_number
    from rapidfuzz import fuzz

    rows = store.query("MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.outlet AS outlet, s.date AS date")
    if any(r["id"] == words for r in rows):
        return words
    wanted = words.lower()
    year = re.search(r"\b(19|20)\d\d\b", wanted)
    month = next((m for w in re.findall(r"[a-z]+", wanted) if (m := month_number(w))), None)
    scored: list[tuple[float, dict]] = []
    for r in rows:
        text = " ".join(x for x in (r["outlet"], r["title"]) if x).lower()
        if not text:
            continue
        score = fuzz.token_set_ratio(wanted, text) * 0.6 + fuzz.partial_ratio(wanted, text) * 0.4
        if year and r["date"]:
            score += 15 if r["date"].startswith(year.group(0)) else -15
            if month and len(r["date"]) >= 7:
                score += 10 if int(r["date"][5:7]) == month else -5
        scored.append((score, r))
    scored.sort(key=lambda sr: (-sr[0], sr[1]["id"]))
    if not scored or scored[0][0] < MIN_SOURCE_SCORE:
        raise QueryError(f"no source in the graph matches {words!r}")
    # sources the words fit as well as the best: say so, rather than take one silently
    tied = [r for score, r in scored if score >= scored[0][0] - SOURCE_TIE]
    if len(tied) > 1:
        shown = "; ".join(" · ".join(x for x in (r["outlet"], r["title"], r["date"]) if x) + f" [{r['id']}]" for r in tied[:6])
        more = f" and {len(tied) - 6} more" if len(tied) > 6 else ""
        raise QueryError(f"{words!r} fits {len(tied)} sources: {shown}{more}; add a date or title words, or give the id")
    return scored[0][1]["id"]


# the least score (0–125) free words need to name a source, and how close a second source's
# score must come to the best's for the words to be ambiguous
MIN_SOURCE_SCORE = 50
SOURCE_TIE = 3.0


def run_query(store, name: str, params: dict[str, str] | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """The rows of the canned query ``name``, in its order; the first ``limit`` of them when
    given. A query whose Cypher sorts its own rows takes the limit into the Cypher, so the
    store hands over that many (at 10,000 articles a query may hold 150,000 rows, and carrying
    them costs more than finding them); a UNION, sorted here, is cut after sorting."""
    query = get_query(name)
    cypher = query.cypher
    if limit is not None and not query.order:
        cypher = f"{cypher}\nLIMIT {int(limit)}"
    rows = ordered(store.query(cypher, bind_params(store, query, params or {})), query.order)
    return rows if limit is None else rows[:limit]


def ordered(rows: list[dict[str, Any]], columns: list[str]) -> list[dict[str, Any]]:
    """Rows sorted by ``columns``, missing values last (as Cypher's ORDER BY puts nulls)."""
    if not columns:
        return rows
    return sorted(rows, key=lambda r: [(r.get(c) is None, r.get(c) if r.get(c) is not None else 0) for c in columns])
