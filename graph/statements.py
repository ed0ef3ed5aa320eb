"""The loader's Cypher: batched ``UNWIND $rows … MERGE`` statements, the same text for every
store, written in the subset LadybugDB and Neo4j 5 share (each property SET on its own,
both ends of every MERGE labelled, only declared properties).

An edge's two ends are looked up by two MATCH clauses, never one comma-joined pattern: on
LadybugDB ``MATCH (a:A {id: r.a}), (b:B {id: r.b})`` joins whole tables (416 ms for 40 rows at
50k nodes, growing with the store), while two clauses use the primary-key index (3 ms at any
size). Neo4j plans both alike."""

from __future__ import annotations

MERGE_OUTLETS = "UNWIND $rows AS r MERGE (o:Outlet {id: r.id}) ON CREATE SET o.name = r.name"

# a person first named by surname alone keeps the fuller name an article gives later
MERGE_PERSONS = """UNWIND $rows AS r MERGE (p:Person {id: r.id}) ON CREATE SET p.name = r.name, p.kind = r.kind
ON MATCH SET p.name = CASE WHEN size(r.name) > size(p.name) THEN r.name ELSE p.name END"""

MERGE_REPORTS = """UNWIND $rows AS r
MERGE (s:Source {id: r.id})
ON CREATE SET s.kind = 'report', s.loaded = false, s.title = r.title, s.date = r.date,
  s.url = r.url, s.outlet = r.outlet, s.authors = r.authors, s.raw = r.raw
ON MATCH SET s.title = coalesce(s.title, r.title), s.date = coalesce(s.date, r.date),
  s.url = coalesce(s.url, r.url), s.outlet = coalesce(s.outlet, r.outlet),
  s.authors = coalesce(s.authors, r.authors), s.raw = coalesce(s.raw, r.raw)"""

MERGE_ARTICLE = """UNWIND $rows AS r
MERGE (s:Source {id: r.id})
SET s.kind = 'article', s.loaded = true, s.title = coalesce(r.title, s.title), s.date = coalesce(r.date, s.date),
  s.url = coalesce(r.url, s.url), s.outlet = coalesce(r.outlet, s.outlet),
  s.authors = coalesce(r.authors, s.authors), s.path = r.path, s.hash = r.hash, s.format = r.format,
  s.loaded_at = r.loaded_at, s.origins_pending = r.origins_pending, s.encoding = r.encoding,
  s.encoding_confidence = r.encoding_confidence"""

MERGE_CLAIMS = """UNWIND $rows AS r
MERGE (c:Claim {id: r.id})
SET c.text = r.text, c.doc = r.doc, c.char_start = r.char_start, c.char_end = r.char_end, c.dangling = r.dangling,
  c.weakest_confidence = r.weakest_confidence, c.weakest_link = r.weakest_link"""

MERGE_QUOTES = """UNWIND $rows AS r
MERGE (q:Quote {id: r.id})
ON CREATE SET q.text = r.text, q.norm = r.norm, q.words = r.words"""

# every edge's evidence (graph/evidence.py): the same six fields whatever the edge's type.
# LadybugDB types a parameter list by its values and cannot type a column that is null in
# every row, so an edge with no span in the text (a page's meta tags, two stored wordings
# compared) is written by a statement that leaves the span out: ``_UNPRINTED``.
_EVIDENCE = "e.doc = r.doc, e.char_start = r.char_start, e.char_end = r.char_end, e.how = r.how, e.confidence = r.confidence, e.extractor = r.extractor"
_UNPRINTED = "e.doc = r.doc, e.how = r.how, e.confidence = r.confidence, e.extractor = r.extractor"
_EVIDENCE_MAP = "doc: r.doc, char_start: r.char_start, char_end: r.char_end, how: r.how, confidence: r.confidence, extractor: r.extractor"

MERGE_MAKES = f"""UNWIND $rows AS r
MATCH (s:Source {{id: r.src}}) MATCH (c:Claim {{id: r.claim}})
MERGE (s)-[e:MAKES]->(c) SET {_EVIDENCE}"""

MERGE_CLAIM_CITES = f"""UNWIND $rows AS r
MATCH (c:Claim {{id: r.claim}}) MATCH (s:Source {{id: r.source}})
MERGE (c)-[e:CITES {{n: r.n}}]->(s)
SET {_EVIDENCE}, e.via = r.via"""

MERGE_SOURCE_CITES = f"""UNWIND $rows AS r
MATCH (a:Source {{id: r.src}}) MATCH (b:Source {{id: r.dst}})
MERGE (a)-[e:CITES {{doc: r.doc}}]->(b) SET {_EVIDENCE}, e.n = r.n, e.via = r.via"""

# an appearance with a speaker carries its SAID_BY's fields; one without, none (LadybugDB
# cannot type a confidence column that is null in every row)
_CLAIM_QUOTES = """UNWIND $rows AS r
MATCH (c:Claim {{id: r.claim}}) MATCH (q:Quote {{id: r.quote}})
MERGE (c)-[e:QUOTES]->(q)
SET {}, e.text = r.text, e.speaker = r.speaker, e.outlet = r.outlet, e.footnoted = r.footnoted"""
MERGE_CLAIM_QUOTES = _CLAIM_QUOTES.format(
    f"{_EVIDENCE}, e.person = r.person, e.speaker_how = r.speaker_how, e.speaker_confidence = r.speaker_confidence, e.attribution = r.attribution"
)
MERGE_CLAIM_QUOTES_UNSAID = _CLAIM_QUOTES.format(_EVIDENCE)

# A quotation's edges carry the quoting article's hash (``doc``), and the loader writes an
# article only when that hash is not in the store (a replaced article's edges are deleted in
# the same transaction first), so there is never an edge to merge with: CREATE, not MERGE.
# MERGE would scan every edge between the quotation and the person, outlet or report, and a
# quotation repeated by thousands of articles made each article's load slower than the last.
CREATE_SOURCED_FROM = f"""UNWIND $rows AS r
MATCH (q:Quote {{id: r.quote}}) MATCH (s:Source {{id: r.source}})
CREATE (q)-[e:SOURCED_FROM {{{_EVIDENCE_MAP}, n: r.n}}]->(s)"""

CREATE_SAID_BY = f"""UNWIND $rows AS r
MATCH (q:Quote {{id: r.quote}}) MATCH (p:Person {{id: r.person}})
CREATE (q)-[e:SAID_BY {{{_EVIDENCE_MAP}, as_printed: r.as_printed, attribution: r.attribution}}]->(p)"""

CREATE_REPORTED_IN = f"""UNWIND $rows AS r
MATCH (q:Quote {{id: r.quote}}) MATCH (o:Outlet {{id: r.outlet}})
CREATE (q)-[e:REPORTED_IN {{{_EVIDENCE_MAP}, attribution: r.attribution}}]->(o)"""

_PUBLISHED_BY = """UNWIND $rows AS r
MATCH (s:Source {{id: r.source}}) MATCH (o:Outlet {{id: r.outlet}})
MERGE (s)-[e:PUBLISHED_BY]->(o) SET {}"""
MERGE_PUBLISHED_BY = _PUBLISHED_BY.format(_EVIDENCE)
MERGE_PUBLISHED_BY_UNPRINTED = _PUBLISHED_BY.format(_UNPRINTED)

_WRITTEN_BY = """UNWIND $rows AS r
MATCH (s:Source {{id: r.source}}) MATCH (p:Person {{id: r.person}})
MERGE (s)-[e:WRITTEN_BY]->(p) SET {}"""
MERGE_WRITTEN_BY = _WRITTEN_BY.format(_EVIDENCE)
MERGE_WRITTEN_BY_UNPRINTED = _WRITTEN_BY.format(_UNPRINTED)

MERGE_VARIANTS = f"""UNWIND $rows AS r
MATCH (a:Quote {{id: r.a}}) MATCH (b:Quote {{id: r.b}})
MERGE (a)-[e:VARIANT_OF]->(b) SET {_UNPRINTED}, e.similarity = r.similarity, e.diff = r.diff"""

MERGE_MENTIONS = f"""UNWIND $rows AS r
MATCH (c:Claim {{id: r.claim}}) MATCH (o:Outlet {{id: r.outlet}})
MERGE (c)-[e:MENTIONS]->(o) SET {_EVIDENCE}, e.text = r.text, e.said_when = r.said_when"""

# The order an article's statements run in: nodes before the edges that MATCH them.
WRITE_ORDER = [
    MERGE_OUTLETS, MERGE_PERSONS, MERGE_REPORTS, MERGE_ARTICLE, MERGE_CLAIMS, MERGE_QUOTES,
    MERGE_MAKES, MERGE_CLAIM_CITES, MERGE_SOURCE_CITES, MERGE_CLAIM_QUOTES, CREATE_SOURCED_FROM,
    CREATE_SAID_BY, CREATE_REPORTED_IN, MERGE_PUBLISHED_BY, MERGE_WRITTEN_BY, MERGE_VARIANTS, MERGE_MENTIONS,
    MERGE_PUBLISHED_BY_UNPRINTED, MERGE_WRITTEN_BY_UNPRINTED, MERGE_CLAIM_QUOTES_UNSAID,
]  # fmt: skip


def chain(rows: dict[str, list[dict]]) -> tuple[str, dict]:
    """An article's statements joined into one (``… WITH count(*) AS _ UNWIND …``).

    On Neo4j every statement is a round trip and costs about a millisecond before it does any
    work; one statement per article instead of seventeen is what makes batched loading
    twenty times faster than the naive way. Only the statements that have rows are joined:
    LadybugDB cannot type an empty list parameter. Each keeps its place in ``WRITE_ORDER`` in
    its parameter name, so an article shape always gives the same text (and a cached plan)."""
    parts, params = [], {}
    for i, statement in enumerate(WRITE_ORDER):
        if rows.get(statement):
            parts.append(statement.replace("$rows", f"$rows{i}"))
            params[f"rows{i}"] = rows[statement]
    return "\nWITH count(*) AS _\n".join(parts), params


# Replacing a changed article: its claims go, and every edge its old text put in the graph.
DELETE_ARTICLE = [
    "MATCH (s:Source {id: $id})-[:MAKES]->(c:Claim) DETACH DELETE c",
    "MATCH (s:Source {id: $id})-[e:CITES]->(:Source) DELETE e",
    "MATCH (s:Source {id: $id})-[e:WRITTEN_BY]->(:Person) DELETE e",
    "MATCH (s:Source {id: $id})-[e:PUBLISHED_BY]->(:Outlet) DELETE e",
    "MATCH (:Quote)-[e:SAID_BY]->(:Person) WHERE e.doc = $doc DELETE e",
    "MATCH (:Quote)-[e:SOURCED_FROM]->(:Source) WHERE e.doc = $doc DELETE e",
    "MATCH (:Quote)-[e:REPORTED_IN]->(:Outlet) WHERE e.doc = $doc DELETE e",
]
DELETE_ORPHANS = [
    "MATCH (q:Quote) WHERE NOT EXISTS { MATCH (:Claim)-[:QUOTES]->(q) } DETACH DELETE q",
    """MATCH (s:Source) WHERE s.loaded = false AND NOT EXISTS { MATCH (:Claim)-[:CITES]->(s) }
  AND NOT EXISTS { MATCH (:Source)-[:CITES]->(s) } DETACH DELETE s""",
    """MATCH (p:Person) WHERE NOT EXISTS { MATCH (:Quote)-[:SAID_BY]->(p) }
  AND NOT EXISTS { MATCH (:Source)-[:WRITTEN_BY]->(p) } DELETE p""",
    # an outlet another article's claim still mentions ("as The Intercept revealed") stays
    """MATCH (o:Outlet) WHERE NOT EXISTS { MATCH (:Quote)-[:REPORTED_IN]->(o) }
  AND NOT EXISTS { MATCH (:Source)-[:PUBLISHED_BY]->(o) }
  AND NOT EXISTS { MATCH (:Claim)-[:MENTIONS]->(o) } DELETE o""",
]

KNOWN_OUTLETS = "MATCH (o:Outlet) RETURN o.id AS id, o.name AS name"
KNOWN_PERSONS = "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.kind AS kind"
QUOTE_APPEARANCES = """UNWIND $ids AS qid
MATCH (art:Source)-[:MAKES]->(c:Claim)-[:QUOTES]->(q:Quote {id: qid})
OPTIONAL MATCH (q)-[sf:SOURCED_FROM]->(r:Source) WHERE sf.doc = c.doc
RETURN qid AS quote, art.id AS article, art.date AS article_date, r.id AS report, r.date AS report_date"""

# articles whose run ended before their quotations' origins were written (see Source.origins_pending)
PENDING_ORIGIN_QUOTES = """MATCH (s:Source) WHERE s.origins_pending = true
MATCH (s)-[:MAKES]->(:Claim)-[:QUOTES]->(q:Quote) RETURN DISTINCT q.id AS id"""
CLEAR_ORIGINS_PENDING = "MATCH (s:Source) WHERE s.origins_pending = true SET s.origins_pending = false"

STORED_ORIGINS = "UNWIND $ids AS qid MATCH (q:Quote {id: qid}) RETURN q.id AS id, q.first_seen AS first_seen, q.origin AS origin"
ARTICLE_QUOTES = "MATCH (:Source {id: $id})-[:MAKES]->(:Claim)-[:QUOTES]->(q:Quote) RETURN DISTINCT q.id AS id"

SET_QUOTE_ORIGINS = """UNWIND $rows AS r
MATCH (q:Quote {id: r.id})
SET q.first_seen = r.first_seen, q.origin = r.origin"""

# a claim's roots (graph/roots.py): the sources its citation chains reach that cite nothing
CLAIM_ROOTS = """UNWIND $ids AS cid
MATCH (c:Claim {id: cid})
OPTIONAL MATCH (c)-[:CITES*1..6]->(s:Source)
WHERE NOT EXISTS { MATCH (s)-[:CITES]->(:Source) }
RETURN cid AS id, collect(DISTINCT s.id) AS roots"""
SET_CLAIM_ROOTS = "UNWIND $rows AS r MATCH (c:Claim {id: r.id}) SET c.roots = r.roots"
CLAIMS_UPSTREAM = "UNWIND $ids AS sid MATCH (c:Claim)-[:CITES*1..6]->(:Source {id: sid}) RETURN DISTINCT c.id AS id"
CLAIMS_WITHOUT_ROOTS = "MATCH (c:Claim) WHERE c.roots IS NULL RETURN c.id AS id"
PENDING_ARTICLES = "MATCH (s:Source) WHERE s.origins_pending = true RETURN s.id AS id"

# the SAID_BY fields an appearance's QUOTES edge carries, for a store written before it did
FILL_APPEARANCE_SPEAKERS = """MATCH (c:Claim)-[a:QUOTES]->(q:Quote)-[sb:SAID_BY]->(p:Person)
WHERE sb.doc = c.doc AND a.person IS NULL
SET a.person = p.id, a.speaker_how = sb.how, a.speaker_confidence = sb.confidence, a.attribution = sb.attribution"""

# an appearance's footnote, for a store written before QUOTES carried it
FILL_FOOTNOTED = [
    "MATCH (c:Claim)-[a:QUOTES]->(q:Quote) WHERE a.footnoted IS NULL SET a.footnoted = false",
    """MATCH (c:Claim)-[a:QUOTES]->(q:Quote)-[sf:SOURCED_FROM]->(:Source)
WHERE sf.doc = c.doc AND a.footnoted = false SET a.footnoted = true""",
]

KNOWN_QUOTES = "MATCH (q:Quote) RETURN q.id AS id, q.norm AS norm, q.text AS text"
KNOWN_SOURCES = """MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.outlet AS outlet, s.date AS date, s.url AS url,
  s.loaded AS loaded, s.path AS path, s.hash AS hash"""

COUNT_LABEL = "MATCH (n:{label}) RETURN count(n) AS n"
COUNT_REL = "MATCH ()-[r:{rel}]->() RETURN count(r) AS n"
COUNT_ARTICLES = "MATCH (s:Source) WHERE s.loaded = true RETURN count(s) AS n"
