"""schema.org ClaimReview JSON-LD: one ``ClaimReview`` per quotation and per footnoted claim,
each reviewing a ``Claim`` with its ``appearance`` (every article carrying it) and
``firstAppearance`` (its origin), ready for a fact-check page to embed.

provgraph records who said what, where and on whose report, never whether it is true: each
ClaimReview has no ``reviewRating``, ``author`` or ``url`` of its own. Those are the
fact-checker's to add before publishing.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from provgraph.graph.export import GraphRecords

CONTEXT = "https://schema.org"


def to_jsonld(records: GraphRecords) -> dict:
    nodes = {n["id"]: n for n in records.nodes}
    by_type: dict[str, list[dict]] = defaultdict(list)
    for rel in records.relationships:
        by_type[rel["type"]].append(rel)
    article_of = {r["target"]: r["source"] for r in by_type["MAKES"]}
    outlet_of = {r["source"]: nodes[r["target"]].get("name") for r in by_type["PUBLISHED_BY"] if r["target"] in nodes}
    authors_of: dict[str, list[str]] = defaultdict(list)
    for r in by_type["WRITTEN_BY"]:
        if r["target"] in nodes:
            authors_of[r["source"]].append(nodes[r["target"]]["name"])

    def work(source_id: str) -> dict:
        return creative_work(nodes[source_id], outlet_of.get(source_id), authors_of.get(source_id, []))

    reviews = []
    # quotations: every article printing the words, first appearing in their origin
    quoted_in: dict[str, set[str]] = defaultdict(set)
    for r in by_type["QUOTES"]:
        if r["source"] in article_of:
            quoted_in[r["target"]].add(article_of[r["source"]])
    speakers: dict[str, Counter] = defaultdict(Counter)
    for r in by_type["SAID_BY"]:
        if r["target"] in nodes:
            speakers[r["source"]][nodes[r["target"]]["name"]] += 1
    for quote_id, articles in sorted(quoted_in.items()):
        quote = nodes[quote_id]
        places = sorted((work(a) for a in articles if a in nodes), key=_when)
        origin = quote.get("origin")
        first = work(origin) if origin in nodes else (places[0] if places else None)
        speaker = speakers[quote_id].most_common(1)[0][0] if speakers[quote_id] else None
        reviews.append(review(quote["text"], places, first, speaker, f"quotation {quote_id}"))
    # footnoted claims: the article making it, first appearing in the earliest report it cites
    cited: dict[str, list[str]] = defaultdict(list)
    for r in by_type["CITES"]:
        if nodes.get(r["source"], {}).get("label") == "Claim" and r["target"] in nodes:
            cited[r["source"]].append(r["target"])
    for claim_id, reports in sorted(cited.items()):
        claim = nodes[claim_id]
        article = article_of.get(claim_id)
        places = [work(article)] if article in nodes else []
        first = min((work(s) for s in reports), key=_when)
        reviews.append(review(claim["text"], places, first, None, f"claim {claim_id}"))
    return {"@context": CONTEXT, "@graph": reviews}


def creative_work(source: dict, outlet: str | None, authors: list[str]) -> dict:
    """A Source as the schema.org CreativeWork a claim appears in."""
    item: dict = {"@type": "Article" if source.get("loaded") else "CreativeWork"}
    if source.get("title"):
        item["headline"] = source["title"]
    if source.get("url"):
        item["url"] = source["url"]
    if source.get("date"):
        item["datePublished"] = source["date"]
    name = outlet or source.get("outlet")
    if name:
        item["publisher"] = {"@type": "Organization", "name": name}
    if authors:
        item["author"] = [{"@type": "Person", "name": a} for a in authors]
    if "headline" not in item and "url" not in item:  # the citation as printed, or the file loaded
        item["name"] = source.get("raw") or Path(source.get("path") or "").name or source["id"]
    return item


def review(text: str, appearances: list[dict], first: dict | None, speaker: str | None, provgraph_id: str) -> dict:
    claim: dict = {"@type": "Claim", "text": text, "identifier": provgraph_id, "appearance": appearances}
    if first:
        claim["firstAppearance"] = first
    if speaker:
        claim["author"] = {"@type": "Person", "name": speaker}
    return {"@type": "ClaimReview", "claimReviewed": text, "itemReviewed": claim}


def write(records: GraphRecords, output: Path) -> None:
    output.write_text(json.dumps(to_jsonld(records), ensure_ascii=False, indent=1), encoding="utf-8")


def _when(item: dict) -> tuple[bool, str]:
    """Earliest first; undated after every dated one."""
    return item.get("datePublished") is None, item.get("datePublished") or ""
