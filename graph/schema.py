"""The provenance graph's schema: the contract that loaders, queries, tests and exports share.

Declared once here; each store turns it into its own DDL (LadybugDB node/rel tables,
Neo4j uniqueness constraints and indexes). See docs/schema.md for the diagram.
"""

from __future__ import annotations

NODE_PROPERTIES: dict[str, dict[str, str]] = {
    "Source": {
        "id": "STRING",
        "kind": "STRING",  # "article" (loaded from a file) | "report" (known from citations)
        "loaded": "BOOLEAN",
        "title": "STRING",
        "date": "STRING",  # ISO YYYY[-MM[-DD]]
        "url": "STRING",
        "outlet": "STRING",
        "authors": "STRING",  # "; "-joined, as printed
        "raw": "STRING",  # the citation as printed, first seen
        "path": "STRING",
        "hash": "STRING",  # sha256 of the article file
        "format": "STRING",
        "encoding": "STRING",  # how the article's bytes were decoded, and how sure that is
        "encoding_confidence": "DOUBLE",
        "loaded_at": "STRING",
        # true from the article's own transaction until its quotations' origins are written at
        # the end of the run: a run killed in between leaves it set, and the next run repairs them
        "origins_pending": "BOOLEAN",
    },
    # weakest_*: the least sure of the claim's own links (its footnotes, its quotations'
    # speakers and reports), kept at load time so a query need not walk every edge.
    # roots: the ids of the original reports under it (sources its citation chains reach that
    # cite nothing further, graph/roots.py), kept up to date as articles load
    "Claim": {
        "id": "STRING", "text": "STRING", "doc": "STRING", "char_start": "INT64", "char_end": "INT64", "dangling": "STRING",
        "weakest_confidence": "DOUBLE", "weakest_link": "STRING", "roots": "STRING[]",
    },  # fmt: skip
    # first_seen / origin: the earliest dated appearance and the Source it was first reported in
    "Quote": {"id": "STRING", "text": "STRING", "norm": "STRING", "words": "INT64", "first_seen": "STRING", "origin": "STRING"},
    "Person": {"id": "STRING", "name": "STRING", "kind": "STRING"},  # kind: person | organization | described
    "Outlet": {"id": "STRING", "name": "STRING"},
}

# What every relationship carries, whatever its type: the article it was read from (``doc``,
# its sha256), the characters that say it, how it was decided, how sure that rule is, and
# the extractor that wrote it. graph/evidence.py fills them; docs/schema.md lists each how.
EVIDENCE_PROPERTIES: dict[str, str] = {
    "doc": "STRING",
    "char_start": "INT64",
    "char_end": "INT64",
    "how": "STRING",
    "confidence": "DOUBLE",
    "extractor": "STRING",
}

# relationship type -> (endpoint pairs, properties of its own beside the evidence)
_REL_TYPES: dict[str, tuple[list[tuple[str, str]], dict[str, str]]] = {
    "MAKES": ([("Source", "Claim")], {}),
    "CITES": ([("Claim", "Source"), ("Source", "Source")], {"n": "INT64", "via": "STRING"}),
    # person, speaker_how, speaker_confidence, attribution: the SAID_BY of this appearance,
    # copied at load time so that who-said and trace read one edge per appearance instead of
    # pairing a much-quoted quotation's every SAID_BY with its every appearance
    "QUOTES": ([("Claim", "Quote")], {
        "text": "STRING", "speaker": "STRING", "outlet": "STRING",
        "person": "STRING", "speaker_how": "STRING", "speaker_confidence": "DOUBLE", "attribution": "STRING",
        "footnoted": "BOOLEAN",
    }),  # fmt: skip
    "SOURCED_FROM": ([("Quote", "Source")], {"n": "INT64"}),
    # attribution: first-hand (told to the outlet) | relayed (passed on from a report) | unstated
    "SAID_BY": ([("Quote", "Person")], {"as_printed": "STRING", "attribution": "STRING"}),
    "REPORTED_IN": ([("Quote", "Outlet")], {"attribution": "STRING"}),
    "PUBLISHED_BY": ([("Source", "Outlet")], {}),
    "WRITTEN_BY": ([("Source", "Person")], {}),
    "VARIANT_OF": ([("Quote", "Quote")], {"similarity": "DOUBLE", "diff": "STRING"}),
    # an outlet's reporting named without a footnote that no single Source matches
    "MENTIONS": ([("Claim", "Outlet")], {"text": "STRING", "said_when": "STRING"}),
}
REL_TYPES: dict[str, tuple[list[tuple[str, str]], dict[str, str]]] = {
    rel: (pairs, {**EVIDENCE_PROPERTIES, **own}) for rel, (pairs, own) in _REL_TYPES.items()
}

LABELS = tuple(NODE_PROPERTIES)
REL_NAMES = tuple(REL_TYPES)


def ladybug_ddl() -> list[str]:
    out = []
    for label, props in NODE_PROPERTIES.items():
        cols = ", ".join(f"{k} {v}" for k, v in props.items())
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY(id))")
    for rel, (pairs, props) in REL_TYPES.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        cols = "".join(f", {k} {v}" for k, v in props.items())
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel}({ends}{cols})")
    return out


def neo4j_ddl() -> list[str]:
    out = [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE" for label in LABELS]
    out += [
        "CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title)",
        "CREATE INDEX source_hash IF NOT EXISTS FOR (n:Source) ON (n.hash)",
        "CREATE INDEX source_path IF NOT EXISTS FOR (n:Source) ON (n.path)",
        "CREATE INDEX quote_norm IF NOT EXISTS FOR (n:Quote) ON (n.norm)",
        "CREATE INDEX claim_doc IF NOT EXISTS FOR (n:Claim) ON (n.doc)",
    ]
    # "this appearance's footnote / speaker / outlet" is an edge of a much-quoted quotation
    # picked by its article's hash: without an index Neo4j walks all of the quotation's edges
    # for each appearance (trace-quote: 4.8 s -> 0.9 s at 10,000 articles)
    out += [f"CREATE INDEX {rel.lower()}_doc IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.doc)" for rel in ("SOURCED_FROM", "SAID_BY", "REPORTED_IN")]
    return out
