"""A Document as graph rows: one list of parameter rows per loader statement.

Pure: resolution decisions come from the Resolver passed in; nothing here touches a store.
Every row keeps the document hash and, where it has them, the character offsets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from provgraph.loaders.model import Document
from provgraph.loaders.rules import is_org

from . import statements as st
from .resolve import Resolver, stable_id


def normalise_quote(text: str) -> str:
    """The comparison form of quoted words: case, quote marks, punctuation and spacing folded."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = re.sub(r"[\u2018\u2019\u201c\u201d\"'`´]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def quote_id(text: str) -> str:
    return stable_id("quote", normalise_quote(text))


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

    # the article itself
    meta = doc.meta
    site = resolver.outlet(meta.site)[1] if meta.site else None
    out.add(
        st.MERGE_ARTICLE,
        {
            "id": article_id, "title": meta.title, "date": meta.published,
            "url": meta.url, "outlet": site, "authors": "; ".join(meta.authors) or None, "path": meta.path,
            "hash": h, "format": meta.format, "loaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
        },
    )  # fmt: skip
    if meta.site:
        out.add(st.MERGE_PUBLISHED_BY, {"source": article_id, "outlet": outlet(meta.site), "doc": h})
    for author in meta.authors:
        p = person(author, "person")
        if p:
            out.add(st.MERGE_WRITTEN_BY, {"source": article_id, "person": p[0], "doc": h})

    # cited reports
    ref_source: dict[int, str] = {}
    for ref in doc.references:
        target = doc.resolved_reference(ref.n) if ref.ibid_of is not None else ref
        if target is None:
            continue
        if target.n in ref_source:
            ref_source[ref.n] = ref_source[target.n]
            continue
        if not (target.title or target.url or target.outlet):
            continue
        canonical_outlet = resolver.outlet(target.outlet)[1] if target.outlet else None
        sid = resolver.report(target.title, canonical_outlet, target.date, target.url, target.raw)
        ref_source[ref.n] = ref_source[target.n] = sid
        if once("report", sid):
            out.add(
                st.MERGE_REPORTS,
                {
                    "id": sid, "title": target.title, "date": target.date, "url": target.url,
                    "outlet": canonical_outlet, "authors": "; ".join(target.authors) or None, "raw": target.raw,
                },
            )  # fmt: skip
            out.add(st.MERGE_SOURCE_CITES, {"src": article_id, "dst": sid, "n": target.n, "doc": h})
            if target.outlet:
                out.add(st.MERGE_PUBLISHED_BY, {"source": sid, "outlet": outlet(target.outlet), "doc": h})
            for author in target.authors:
                kind = "organization" if is_org(author) or len(author.split()) == 1 else "person"
                p = person(author, kind)
                if p:
                    out.add(st.MERGE_WRITTEN_BY, {"source": sid, "person": p[0], "doc": h})

    # quotations
    quote_node: dict[str, str] = {}
    for q in doc.quotes:
        qid = quote_id(q.text)
        quote_node[q.id] = qid
        if once("quote", qid):
            norm = normalise_quote(q.text)
            out.add(st.MERGE_QUOTES, {"id": qid, "text": q.text, "norm": norm, "words": len(q.text.split())})
            for v in resolver.quotes.variants_of(qid, norm, q.text):
                out.add(st.MERGE_VARIANTS, {"a": v.a, "b": v.b, "similarity": v.similarity, "diff": v.diff})
            resolver.quotes.add(qid, norm, q.text)
        if q.speaker:
            kind = q.speaker_kind if q.speaker_kind == "described" else ("organization" if is_org(q.speaker) else "person")
            p = person(q.speaker, kind)
            if p and once("said_by", qid + p[0]):
                out.add(st.CREATE_SAID_BY, {"quote": qid, "person": p[0], "doc": h, "as_printed": q.attribution})
        if q.outlet:
            oid = outlet(q.outlet)
            if oid and once("reported_in", qid + oid):
                out.add(st.CREATE_REPORTED_IN, {"quote": qid, "outlet": oid, "doc": h})
        for n in q.refs:
            sid = ref_source.get(n)
            if sid and once("sourced_from", qid + sid):
                out.add(st.CREATE_SOURCED_FROM, {"quote": qid, "source": sid, "doc": h, "n": n})

    # claims
    quotes_by_id = {q.id: q for q in doc.quotes}
    claim_node = {c.id: stable_id("claim", h, c.id) for c in doc.claims}
    for c in doc.claims:
        cid = claim_node[c.id]
        dangling = ", ".join(str(n) for n in c.refs if n not in ref_source and not doc.reference(n)) or None
        out.add(st.MERGE_CLAIMS, {"id": cid, "text": c.text, "doc": h, "char_start": c.start, "char_end": c.end, "dangling": dangling})
        out.add(st.MERGE_MAKES, {"src": article_id, "claim": cid, "doc": h})
        for n in c.refs:
            sid = ref_source.get(n)
            if sid:
                via = "ibid" if (doc.reference(n) and doc.reference(n).ibid_of) else "footnote"
                out.add(st.MERGE_CLAIM_CITES, {"claim": cid, "source": sid, "n": n, "doc": h, "char_start": c.start, "char_end": c.end, "via": via})
        for local in c.quotes:
            q = quotes_by_id[local]
            out.add(
                st.MERGE_CLAIM_QUOTES,
                {
                    "claim": cid, "quote": quote_node[local], "doc": h, "char_start": q.start, "char_end": q.end,
                    "text": q.text, "speaker": q.speaker, "outlet": q.outlet,
                },
            )  # fmt: skip

    # reporting named in the text without a footnote
    for m in doc.mentions:
        claim = next((c for c in doc.claims if c.start <= m.start < c.end), None)
        res = resolver.outlet(m.outlet)
        if claim is None or res is None:
            continue
        sid = resolver.mentioned_report(res[1], m.when)
        if sid:
            out.add(st.MERGE_CLAIM_CITES, {"claim": claim_node[claim.id], "source": sid, "n": 0, "doc": h, "char_start": m.start, "char_end": m.end, "via": "mention"})
        else:
            outlet(m.outlet)
            out.add(st.MERGE_MENTIONS, {"claim": claim_node[claim.id], "outlet": res[0], "doc": h, "text": m.text, "said_when": m.when})
    return out
