"""From an article to a typed Document: the one entry point of the loaders package."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from .attribution import (
    Speaker,
    after_clause,
    outlet_cue,
    platform_cue,
    read_after,
    read_before,
)
from .context import DocContext, SentenceInfo
from .errors import ExtractionError
from .lexicon import NAME_CONNECTORS
from .markers import find_markers
from .mentions import find_mentions
from .metadata import byline_of, published_of, title_of
from .model import Claim, Document, DocumentMeta, Marker, Mention, Quote, Warning
from .names import clean_name, fold_name, is_outlet_name, people_in_byline
from .quotes import MIN_WORDS, RawQuote, find_raw_quotes, looks_like_title, quote_text, word_count
from .reading import RawArticle, decode_article, read_article
from .references import find_reference_list
from .text import Span, blank, paragraphs, sentences


def extract_file(path: str | Path) -> Document:
    """Read and extract one article file (text, HTML or Markdown)."""
    return extract_raw(read_article(path))


def extract_text(text: str, path: str | None = None, fmt: str | None = None) -> Document:
    """Extract from a string already in memory (a notebook, a test)."""
    raw = decode_article(text.encode("utf-8"), path, suffix={"html": ".html", "markdown": ".md"}.get(fmt or "", ""))
    return extract_raw(raw)


def extract_raw(raw: RawArticle) -> Document:
    meta_extra: dict[str, str | None] = {}
    text = raw.text
    if raw.format == "html":
        from .html import html_to_text

        text, meta_extra = html_to_text(text, raw.path)
    elif raw.format == "markdown":
        from .markdown import markdown_to_text

        text, meta_extra = markdown_to_text(text)
    if not text.strip():
        raise ExtractionError(raw.path, "no article text found")
    doc = Document(
        meta=DocumentMeta(id=raw.sha256, path=raw.path, format=raw.format, encoding=raw.encoding, length=len(text)),
        text=text,
    )
    for code, message in raw.warnings:
        doc.warnings.append(Warning(code, message))
    _extract_into(doc, meta_extra)
    return doc


def _extract_into(doc: Document, meta_extra: dict[str, str | None]) -> None:
    text = doc.text
    reflist = find_reference_list(text)
    body_end = reflist.start if reflist else len(text)
    # the body is everything but the list itself: pages often go on after it (reposts, related
    # pieces), and the quotations there are the article's too. Blanking keeps offsets.
    body = text
    if reflist:
        doc.references = reflist.references
        body = text[: reflist.start] + re.sub(r"[^\n]", " ", text[reflist.start : reflist.end]) + text[reflist.end :]
    limit = max((r.n for r in doc.references), default=None)
    doc.markers = find_markers(body, limit)
    paras = paragraphs(text, 0, reflist.start) + paragraphs(text, reflist.end, len(text)) if reflist else paragraphs(text)
    raw_quotes, quote_warnings = find_raw_quotes(text, paras)
    for code, pos in quote_warnings:
        doc.warnings.append(Warning(code, f"quotation opened at offset {pos} is never closed; left out", pos))

    masked = _mask(body, raw_quotes)
    kept = [q for q in raw_quotes if _is_quotation(text, q, paras)]
    protected = [(q.open_at, q.close_at + 1) for q in raw_quotes]
    protected_starts = [a for a, _ in protected]
    sent_infos: list[SentenceInfo] = []
    for pi, para in enumerate(paras):
        for s in sentences(text, para, protected, protected_starts):
            if sent_infos and sent_infos[-1].paragraph == pi and _only_markers(text[s.start : s.end]):
                # "… reinstated. [3]": a marker after the full stop belongs to the sentence before
                sent_infos[-1].span = Span(sent_infos[-1].span.start, s.end)
                continue
            sent_infos.append(SentenceInfo(s, pi))
    known_outlets = {fold_name(r.outlet) for r in doc.references if r.outlet}
    ctx = DocContext.build(text, masked, sent_infos, len(text), known_outlets)

    _meta(doc, body_end, meta_extra)
    doc.mentions = find_mentions(masked, [(si.span.start, si.span.end) for si in sent_infos], doc.meta.published, known_outlets)
    marker_starts = [m.start for m in doc.markers]
    opens = [q.open_at for q in kept]
    for i, rq in enumerate(kept):
        qtext, spans = quote_text(text, rq.spans)
        quote = Quote(id=f"q{i + 1}", text=qtext, start=spans[0][0], end=spans[-1][1], spans=spans)
        sent = _sentence_of(ctx, rq.open_at)
        quote.refs = _quote_refs(text, rq, paras, doc.markers, marker_starts, opens, sent.start if sent else paras[rq.paragraph].start)
        _attribute(doc, ctx, quote, rq, paras, kept, i)
        doc.quotes.append(quote)

    doc.claims = _claims(text, sent_infos, doc.markers, doc.quotes, doc.mentions)
    _reference_warnings(doc)


_MARKERS_ONLY = re.compile(r"(?:\s*(?:\[\^?[\d,\s–-]+\]|\(\d{1,3}(?:[,–-]\s*\d{1,3})*\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)[.,;]?)+\s*")


def _only_markers(chunk: str) -> bool:
    return bool(_MARKERS_ONLY.fullmatch(chunk))


def _mask(text: str, quotes: list[RawQuote]) -> str:
    return blank(text, sorted(span for q in quotes for span in q.spans))


def _is_quotation(text: str, q: RawQuote, paras: list[Span]) -> bool:
    words, _ = quote_text(text, q.spans)
    if word_count(words) < MIN_WORDS or looks_like_title(words):
        return False
    para = paras[q.paragraph]
    whole_line = q.paragraph == q.last_paragraph and not text[para.start : q.open_at].strip() and not text[q.close_at + 1 : para.end].strip()
    # a paragraph that is nothing but an unpunctuated quotation is a headline or pull quote
    return not (whole_line and not words.rstrip("”’\"' ").endswith((".", "!", "?", "…", ",")))


# ------------------------------------------------------------------ refs of a quote


def _quote_refs(
    text: str, rq: RawQuote, paras: list[Span], markers: list[Marker], marker_starts: list[int], opens: list[int], sent_start: int
) -> list[int]:
    """The marker right after the quote, in it, or closing its sentence or paragraph.
    (Markers and quotes are sorted by offset: bisect keeps a giant paragraph linear.)"""
    para = paras[rq.last_paragraph]
    start, close = rq.open_at, rq.close_at
    lo = bisect.bisect_right(marker_starts, start)
    mid = bisect.bisect_left(marker_starts, close)
    hi = bisect.bisect_right(marker_starts, para.end)
    inside = [n for m in markers[lo:mid] for n in m.numbers]
    first_after = bisect.bisect_right(marker_starts, close)
    k = bisect.bisect_right(opens, close)
    nxt_quote = opens[k] if k < len(opens) else None
    refs: list[int] = list(inside)
    if first_after < hi:
        first = markers[first_after]
        gap = text[close + 1 : first.start]
        # the stop a glued endnote sits on ("… to the editor.3") closes the quote's own sentence
        sentence_end = re.search(r"[.!?](?:\s|$)", gap.rstrip(" .!?’'”\")"))
        if (not re.sub(r"[\s,.;:!?’'”\")\]]", "", gap) or not sentence_end) and (nxt_quote is None or first.start < nxt_quote):
            refs.extend(first.numbers)
    if not refs and first_after < hi:
        last = markers[hi - 1]
        if not text[last.end : para.end].strip(" .,;:)]\t"):
            # the paragraph's closing marker covers every quote in it that has none of its own
            refs.extend(last.numbers)
    if not refs:
        # a marker earlier in the quote's own sentence ("account of Alexis Kohler,21 …, claiming that “…”")
        a, b = bisect.bisect_right(marker_starts, sent_start), bisect.bisect_left(marker_starts, start)
        refs.extend(n for m in markers[a:b] for n in m.numbers)
    out: list[int] = []
    for n in refs:
        if n not in out:
            out.append(n)
    return out


# ------------------------------------------------------------------ attribution


def _attribute(doc: Document, ctx: DocContext, quote: Quote, rq: RawQuote, paras: list[Span], kept: list[RawQuote], i: int) -> None:
    text, masked = doc.text, ctx.masked
    para = paras[rq.last_paragraph]
    open_para = paras[rq.paragraph]
    close_sent = _sentence_of(ctx, rq.close_at)
    open_sent = _sentence_of(ctx, rq.open_at)
    nxt = kept[i + 1].open_at if i + 1 < len(kept) else para.end
    speaker = None
    evidence = ""
    resolved_outlet = None

    after = after_clause(masked, rq.close_at + 1, min(close_sent.end if close_sent else para.end, nxt, para.end), quote.text)
    if after:
        speaker, evidence = read_after(after[0])
        if speaker and speaker.kind is None:
            speaker = None
    if speaker is None:
        sent_start = open_sent.start if open_sent else open_para.start
        before = masked[sent_start : rq.open_at]
        colon = False
        if not before.strip() and rq.open_at == open_para.start and rq.paragraph > 0:
            prev_para = paras[rq.paragraph - 1]
            if text[prev_para.start : prev_para.end].rstrip().endswith(":"):
                prev_sent = _sentence_of(ctx, prev_para.end - 1)
                before = masked[prev_sent.start if prev_sent else prev_para.start : prev_para.end]
                colon = True
        elif before.rstrip().endswith(":"):
            colon = True
        speaker, ev = read_before(before, from_colon_sentence=colon)
        evidence = ev or evidence
        if colon and speaker is None:
            speaker, evidence = None, before
    if speaker is None:
        credit = _dash_credit(text, rq, paras)
        if credit:
            speaker, evidence = credit, credit.name or ""
    name, kind = None, None
    if speaker is not None:
        if speaker.kind in ("pronoun", "anaphor"):
            name, resolved_outlet = ctx.resolve(speaker.pronoun or "it", speaker.noun, rq.open_at, look_back=speaker.described is None)
            kind = "named" if name else None
            if name is None and speaker.described:
                name, kind = speaker.described, "described"
        else:
            name, kind = speaker.name, speaker.kind
    inherited_outlet = None
    if name is None and i > 0:
        prev = doc.quotes[-1]
        prev_rq = kept[i - 1]
        same_para = prev_rq.last_paragraph == rq.paragraph
        bare_para = rq.open_at == open_para.start and prev_rq.last_paragraph == rq.paragraph - 1 and not (
            masked[rq.close_at + 1 : para.end].strip(" .,;:[]0123456789")
        )
        if (same_para or bare_para) and prev.speaker:
            name, kind, inherited_outlet = prev.speaker, prev.speaker_kind, prev.outlet
            evidence = prev.attribution or evidence
    if kind == "named":
        name = ctx.expand(name, rq.open_at)
    quote.speaker, quote.speaker_kind = name, kind
    quote.attribution = " ".join(evidence.split()) or None

    outlet = outlet_cue(evidence, ctx.known_outlets) if evidence else None
    if outlet is None and evidence:
        outlet = platform_cue(evidence)
    outlet = outlet or resolved_outlet or inherited_outlet
    if outlet is None:
        for n in quote.refs:
            ref = doc.resolved_reference(n)
            if ref and ref.outlet:
                outlet = ref.outlet
                break
    if outlet is None and name and (is_outlet_name(name) or fold_name(name) in ctx.known_outlets):
        outlet = name
    if outlet is None:
        # a cue earlier in the paragraph ("X told The Intercept … “…”"), but not one that
        # went with an earlier quotation of someone else's
        since = open_para.start
        if i > 0 and kept[i - 1].last_paragraph == rq.paragraph and doc.quotes[-1].speaker != name:
            since = kept[i - 1].close_at + 1
        outlet = outlet_cue(masked[max(since, rq.open_at - 1500) : rq.open_at], ctx.known_outlets)
    if outlet is None and kind == "named":
        outlet = ctx.interviewed_by(name)
    quote.outlet = ctx.expand_outlet(outlet, rq.open_at)
    info = ctx.sentences[ctx.sentence_index(rq.open_at)] if ctx.sentences else None
    if info is not None and name:
        info.speaker, info.outlet = name, quote.outlet
        close_info = ctx.sentences[ctx.sentence_index(rq.close_at)]
        close_info.speaker, close_info.outlet = name, quote.outlet


# "— Salman Rushdie, Midnight's Children" / "> — the memo, page 4" (a Markdown
# blockquote's credit line) / "— Dock workers' union statement"
_CREDIT = re.compile(r"^[ \t>]*[—–―-]{1,2}[ \t]*([^\s,;(—–][^\n,;(—–]{1,79}?)[ \t.]*(?:[,;(—–]|$)")


def _dash_credit(text: str, rq: RawQuote, paras: list[Span]) -> Speaker | None:
    """ "“…” —Salman Rushdie", on the same line or the next: an epigraph's credit."""
    para = paras[rq.last_paragraph]
    rest = text[rq.close_at + 1 : para.end]
    m = _CREDIT.match(rest)
    if m is None and not rest.strip() and rq.last_paragraph + 1 < len(paras):
        nxt = paras[rq.last_paragraph + 1]
        m = _CREDIT.match(text[nxt.start : nxt.end])
    if m is None:
        return None
    credit = " ".join(m.group(1).split())
    words = credit.split()
    if len(words) > 8:
        return None
    if all(w[:1].isupper() for w in words if w.lower() not in NAME_CONNECTORS):
        return Speaker(clean_name(credit), "named")  # a person or a body, as printed
    kept = [w for w in words if w.lower() not in ("the", "a", "an")]
    return Speaker(" ".join(kept), "described") if kept else None


def _sentence_of(ctx: DocContext, pos: int) -> Span | None:
    if not ctx.sentences:
        return None
    return ctx.sentences[ctx.sentence_index(pos)].span


# ------------------------------------------------------------------ claims


def _claims(text: str, infos: list[SentenceInfo], markers: list[Marker], quotes: list[Quote], mentions: list[Mention]) -> list[Claim]:
    """Sentences carrying a marker, a quotation or a mention (all sorted: one linear pass)."""
    claims: list[Claim] = []
    mi = qi = 0
    mention_starts = [m.start for m in mentions]
    for info in infos:
        s = info.span
        refs: list[int] = []
        while mi < len(markers) and markers[mi].start < s.end:
            if markers[mi].start >= s.start:
                refs.extend(n for n in markers[mi].numbers if n not in refs)
            mi += 1
        while qi < len(quotes) and quotes[qi].end <= s.start:
            qi += 1
        qids = []
        j = qi
        while j < len(quotes) and quotes[j].start < s.end:
            if quotes[j].end > s.start:
                qids.append(quotes[j].id)
            j += 1
        k = bisect.bisect_left(mention_starts, s.start)
        mentioned = k < len(mention_starts) and mention_starts[k] < s.end
        if refs or qids or mentioned:
            claims.append(Claim(id=f"c{len(claims) + 1}", text=" ".join(text[s.start : s.end].split()), start=s.start, end=s.end, refs=refs, quotes=qids))
    return claims


# ------------------------------------------------------------------ metadata and warnings


def _meta(doc: Document, body_end: int, extra: dict[str, str | None]) -> None:
    m = doc.meta
    m.title = extra.get("title") or title_of(doc.text, body_end)
    m.byline = extra.get("byline") or byline_of(doc.text, body_end)
    m.authors = people_in_byline(m.byline) if m.byline else []
    m.published = extra.get("published") or published_of(doc.text)
    m.site = extra.get("site")
    m.url = extra.get("url")


def _reference_warnings(doc: Document) -> None:
    numbers = {r.n for r in doc.references}
    cited: set[int] = set()
    for mk in doc.markers:
        for n in mk.numbers:
            cited.add(n)
            if numbers and n not in numbers:
                doc.warnings.append(Warning("dangling-marker", f"marker [{n}] points at no entry of the reference list", mk.start))
    if doc.markers and not doc.references:
        shown = sorted(cited)
        doc.warnings.append(
            Warning("markers-without-list", f"{len(doc.markers)} footnote markers ({', '.join(map(str, shown[:12]))}) but no reference list was found")
        )
    for r in doc.references:
        if r.n not in cited:
            doc.warnings.append(Warning("uncited-reference", f"reference [{r.n}] is never cited in the text", r.start))
