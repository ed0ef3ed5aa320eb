"""A Document as graph rows: one list of parameter rows per loader statement.

Pure: resolution decisions come from the Resolver passed in; nothing here touches a store.
Every row keeps the document hash and, where it has them, the character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from provgraph.common.keys import normalise_quote
from provgraph.loaders.model import Document
from provgraph.loaders.rules import is_org

from . import statements as st
from .evidence import (
    MENTION_CONFIDENCE,
    MENTION_IN_ARTICLE_CONFIDENCE,
    PRINTED,
    attribution_kind,
    evidence,
    report_evidence,
    speaker_confidence,
)
from .resolve import ReportMatch, Resolver, stable_id


def report_cited_alongside(doc: Document, ref_source: dict[int, str], resolver: Resolver, outlet_id: str, when: str | None) -> str | None:
    """The one report of this outlet the article's own notes cite, when the text names the
    outlet without a date that finds a report ("As The Intercept reported last June", the
    Intercept piece footnoted elsewhere in the article).

    A month the text gives must be the report's; its year may be one off, because "last June"
    is counted from the article's date and a republished article carries the later date."""
    found: set[str] = set()
    for ref in doc.references:
        sid = ref_source.get(ref.n)
        cited_outlet = resolver.outlet(ref.outlet) if ref.outlet else None
        if sid is None or cited_outlet is None or cited_outlet[0] != outlet_id:
            continue
        if when and not _same_time(when, ref.date):
            continue
        found.add(sid)
    return found.pop() if len(found) == 1 else None


def _same_time(when: str, date: str | None) -> bool:
    if not date:
        return False
    if len(when) < 7:
        return date[:4] == when[:4]
    return date[5:7] == when[5:7] and abs(int(date[:4]) - int(when[:4])) <= 1


def quote_id(text: str) -> str:
    return stable_id("quote", normalise_quote(text))


# how far past a quotation its footnote marker may stand ("…,” he said.[3]")
MARKER_REACH = 400


@dataclass(slots=True)
class ArticleRows:
    article_id: str
    doc_hash: str
    rows: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, statement: str, row: dict) -> None:
        self.rows.setdefault(statement, []).append(row)

    def batches(self) -> list[tuple[str, dict]]:
        """One statement per kind of row, in ``WRITE_ORDER`` (the naive benchmark's unit)."""
        return [(s, {"rows": self.rows[s]}) for s in st.WRITE_ORDER if self.rows.get(s)]

    def statement(self) -> list[tuple[str, dict]]:
        """All the rows as one chained statement: a single round trip to the store."""
        return [st.chain(self.rows)] if self.rows else []

    def for_store(self, chained: bool) -> list[tuple[str, dict]]:
        return self.statement() if chained else self.batches()

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())


def document_rows(doc: Document, resolver: Resolver, article_id: str) -> ArticleRows:
    h = doc.meta.id
    out = ArticleRows(article_id, h)
    seen: dict[str, set[str]] = {}

    def once(kind: str, ident: str) -> bool:
        bucket = seen.setdefault(kind, set())
        if ident in bucket:
            return False
        bucket.add(ident)
        return True

    def outlet(name: str | None) -> str | None:
        res = resolver.outlet(name)
        if res is None:
            return None
        if once("outlet", res[0]):
            out.add(st.MERGE_OUTLETS, {"id": res[0], "name": res[1]})
        return res[0]

    def person(name: str | None, kind: str) -> tuple[str, str] | None:
        res = resolver.person(name, kind, h)
        if res is None:
            return None
        if once("person", res[0]):
            out.add(st.MERGE_PERSONS, {"id": res[0], "name": res[1], "kind": res[2]})
        return res[0], res[1]

    def printed(words: str | None) -> tuple[int | None, int | None]:
        """Where metadata is printed in the text; a page's meta tags may not be (None, None)."""
        at = doc.text.find(words) if words else -1
        return (at, at + len(words)) if at >= 0 and words else (None, None)

    def metadata(words: str | None) -> dict:
        start, end = printed(words)
        return evidence(h, start, end, "byline" if start is not None else "page metadata")

    markers_by_number: dict[int, list[tuple[int, int]]] = {}
    for marker in doc.markers:
        for n in marker.numbers:
            markers_by_number.setdefault(n, []).append((marker.start, marker.end))

    def marker_span(n: int, start: int, end: int, otherwise: tuple[int, int]) -> tuple[int, int]:
        """The first footnote marker [n] printed within start..end; else ``otherwise``."""
        return next(((a, b) for a, b in markers_by_number.get(n, ()) if start <= a <= end), otherwise)

    # the article itself
    meta = doc.meta
    site = resolver.outlet(meta.site)[1] if meta.site else None
    out.add(
        st.MERGE_ARTICLE,
        {
            "id": article_id, "title": meta.title, "date": meta.published,
            "url": meta.url, "outlet": site, "authors": "; ".join(meta.authors) or None, "path": meta.path,
            "hash": h, "format": meta.format, "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "origins_pending": True, "encoding": meta.encoding, "encoding_confidence": meta.encoding_confidence,
        },
    )  # fmt: skip
    if meta.site:
        found = metadata(meta.site)
        printed_or_not = st.MERGE_PUBLISHED_BY if found["char_start"] is not None else st.MERGE_PUBLISHED_BY_UNPRINTED
        out.add(printed_or_not, {"source": article_id, "outlet": outlet(meta.site), **found})
    for author in meta.authors:
        p = person(author, "person")
        if p:
            found = metadata(author)
            printed_or_not = st.MERGE_WRITTEN_BY if found["char_start"] is not None else st.MERGE_WRITTEN_BY_UNPRINTED
            out.add(printed_or_not, {"source": article_id, "person": p[0], **found})

    # cited reports
    ref_source: dict[int, str] = {}
    ref_match: dict[int, ReportMatch] = {}
    for ref in doc.references:
        target = doc.resolved_reference(ref.n) if ref.ibid_of is not None else ref
        if target is None:
            continue
        if target.n in ref_source:
            ref_source[ref.n], ref_match[ref.n] = ref_source[target.n], ref_match[target.n]
            continue
        if not (target.title or target.url or target.outlet):
            continue
        canonical_outlet = resolver.outlet(target.outlet)[1] if target.outlet else None
        match = resolver.resolve_report(target.title, canonical_outlet, target.date, target.url, target.raw)
        sid = match.id
        ref_source[ref.n] = ref_source[target.n] = sid
        ref_match[ref.n] = ref_match[target.n] = match
        entry = evidence(h, target.start, target.end, "reference entry")
        if once("report", sid):
            out.add(
                st.MERGE_REPORTS,
                {
                    "id": sid, "title": target.title, "date": target.date, "url": target.url,
                    "outlet": canonical_outlet, "authors": "; ".join(target.authors) or None, "raw": target.raw,
                },
            )  # fmt: skip
            out.add(
                st.MERGE_SOURCE_CITES,
                {"src": article_id, "dst": sid, "n": target.n, "via": "reference list",
                 **report_evidence(h, target.start, target.end, "reference list", match)},
            )  # fmt: skip
            if target.outlet:
                out.add(st.MERGE_PUBLISHED_BY, {"source": sid, "outlet": outlet(target.outlet), **entry})
            for author in target.authors:
                kind = "organization" if is_org(author) or len(author.split()) == 1 else "person"
                p = person(author, kind)
                if p:
                    out.add(st.MERGE_WRITTEN_BY, {"source": sid, "person": p[0], **entry})

    # quotations
    quote_node: dict[str, str] = {}
    # each quotation's links in this article and how sure each is: its claim's weakest link
    quote_links: dict[str, list[tuple[float, str]]] = {}

    def link(qid: str, kind: str, found: dict) -> dict:
        quote_links.setdefault(qid, []).append((found["confidence"], f"{kind}: {found['how']}"))
        return found

    said: dict[str, dict] = {}  # each quotation's speaker here, copied onto its QUOTES edges
    for q in doc.quotes:
        qid = quote_id(q.text)
        quote_node[q.id] = qid
        if once("quote", qid):
            norm = normalise_quote(q.text)
            out.add(st.MERGE_QUOTES, {"id": qid, "text": q.text, "norm": norm, "words": len(q.text.split())})
            # two stored wordings compared, not a link one article makes: no doc or span of its
            # own (each end's QUOTES edges say where it is printed), so the edge is the same
            # whichever article's load found it
            for v in resolver.quotes.variants_of(qid, norm, q.text):
                out.add(
                    st.MERGE_VARIANTS,
                    {"a": v.a, "b": v.b, "similarity": v.similarity, "diff": v.diff,
                     **evidence(None, None, None, "similar wording", v.similarity)},
                )  # fmt: skip
            resolver.quotes.add(qid, norm, q.text)
        kind_of_attribution = attribution_kind(q.attribution, q.speaker, q.outlet, bool(q.refs))
        if q.speaker:
            kind = q.speaker_kind if q.speaker_kind == "described" else ("organization" if is_org(q.speaker) else "person")
            p = person(q.speaker, kind)
            if p:
                said_by = evidence(h, q.start, q.end, q.speaker_via or "unknown step", speaker_confidence(q.speaker_via))
                said[q.id] = {"person": p[0], "speaker_how": said_by["how"], "speaker_confidence": said_by["confidence"],
                              "attribution": kind_of_attribution}  # fmt: skip
            if p and once("said_by", qid + p[0]):
                out.add(
                    st.CREATE_SAID_BY,
                    {"quote": qid, "person": p[0], "as_printed": q.attribution, "attribution": kind_of_attribution,
                     **link(qid, "SAID_BY", said_by)},
                )  # fmt: skip
        if q.outlet:
            oid = outlet(q.outlet)
            if oid and once("reported_in", qid + oid):
                out.add(
                    st.CREATE_REPORTED_IN,
                    {"quote": qid, "outlet": oid, "attribution": kind_of_attribution,
                     **evidence(h, q.start, q.end, "outlet named with the quotation")},
                )  # fmt: skip
        for n in q.refs:
            sid = ref_source.get(n)
            if sid and once("sourced_from", qid + sid):
                start, end = marker_span(n, q.start, q.end + MARKER_REACH, (q.start, q.end))
                out.add(
                    st.CREATE_SOURCED_FROM,
                    {"quote": qid, "source": sid, "n": n, **link(qid, "SOURCED_FROM", report_evidence(h, start, end, "footnote", ref_match[n]))},
                )  # fmt: skip

    # claims
    quotes_by_id = {q.id: q for q in doc.quotes}
    # a quotation footnoted anywhere in the article: stored on each appearance, so finding the
    # unsourced ones needs no walk over a much-quoted quotation's every footnote
    footnoted = {quote_node[q.id] for q in doc.quotes if any(ref_source.get(n) for n in q.refs)}
    claim_node = {c.id: stable_id("claim", h, c.id) for c in doc.claims}
    claim_row: dict[str, dict] = {}

    def weaken(row: dict, confidence: float, how: str) -> None:
        """Keep on the claim its weakest link, so a query need not walk every edge for it."""
        if confidence < row["weakest_confidence"]:
            row["weakest_confidence"], row["weakest_link"] = confidence, how

    for c in doc.claims:
        cid = claim_node[c.id]
        dangling = ", ".join(str(n) for n in c.refs if n not in ref_source and not doc.reference(n)) or None
        row = {"id": cid, "text": c.text, "doc": h, "char_start": c.start, "char_end": c.end, "dangling": dangling,
               "weakest_confidence": PRINTED, "weakest_link": None}  # fmt: skip
        claim_row[cid] = row
        out.add(st.MERGE_CLAIMS, row)
        out.add(st.MERGE_MAKES, {"src": article_id, "claim": cid, **evidence(h, c.start, c.end, "sentence")})
        for n in c.refs:
            sid = ref_source.get(n)
            if sid:
                via = "ibid" if (doc.reference(n) and doc.reference(n).ibid_of) else "footnote"
                start, end = marker_span(n, c.start, c.end, (c.start, c.end))
                found = report_evidence(h, start, end, via, ref_match[n])
                weaken(row, found["confidence"], f"CITES: {found['how']}")
                out.add(st.MERGE_CLAIM_CITES, {"claim": cid, "source": sid, "n": n, "via": via, **found})
        for local in c.quotes:
            for confidence, how in quote_links.get(quote_node[local], ()):
                weaken(row, confidence, how)
        for local in c.quotes:
            q = quotes_by_id[local]
            out.add(
                st.MERGE_CLAIM_QUOTES if local in said else st.MERGE_CLAIM_QUOTES_UNSAID,
                {"claim": cid, "quote": quote_node[local], "text": q.text, "speaker": q.speaker, "outlet": q.outlet,
                 "footnoted": quote_node[local] in footnoted, **said.get(local, {}), **evidence(h, q.start, q.end, "quotation marks")},
            )  # fmt: skip

    # reporting named in the text without a footnote
    for m in doc.mentions:
        claim = next((c for c in doc.claims if c.start <= m.start < c.end), None)
        res = resolver.outlet(m.outlet)
        if claim is None or res is None:
            continue
        sid, how, confidence = resolver.mentioned_report(res[1], m.when), "mention; outlet and date", MENTION_CONFIDENCE
        if sid is None:
            sid = report_cited_alongside(doc, ref_source, resolver, res[0], m.when)
            how, confidence = "mention; outlet this article cites", MENTION_IN_ARTICLE_CONFIDENCE
        if sid:
            found = evidence(h, m.start, m.end, how, confidence)
            weaken(claim_row[claim_node[claim.id]], found["confidence"], f"CITES: {found['how']}")
            out.add(st.MERGE_CLAIM_CITES, {"claim": claim_node[claim.id], "source": sid, "n": 0, "via": "mention", **found})
        else:
            outlet(m.outlet)
            named = evidence(h, m.start, m.end, "outlet named in the text")
            out.add(st.MERGE_MENTIONS, {"claim": claim_node[claim.id], "outlet": res[0], "text": m.text, "said_when": m.when, **named})
    return out
