"""From an article to a typed Document: the one entry point of the loaders package."""

from __future__ import annotations

from pathlib import Path

from . import rules
from .errors import ExtractionError, ProvgraphError
from .model import Document, DocumentMeta, Warning
from .reading import RawArticle, decode_article, read_article


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
        meta=DocumentMeta(id=raw.sha256, path=raw.path, format=raw.format, encoding=raw.encoding,
                          encoding_confidence=raw.encoding_confidence, length=len(text)),
        text=text,
    )
    for code, message in raw.warnings:
        doc.warnings.append(Warning(code, message))
    _extract_into(doc, meta_extra)
    return doc


def _extract_into(doc: Document, meta_extra: dict[str, str | None]) -> None:
    """The text path (``rules``, compiled) and the typed model built from its answer."""
    try:
        rules.extract_into(doc, meta_extra.get("title"), meta_extra.get("byline"), meta_extra.get("published"))
    except BaseException as exc:  # a panic in the core is a bug, reported against the file
        if isinstance(exc, KeyboardInterrupt | SystemExit | ProvgraphError):
            raise  # a bad lexicon file names itself
        raise ExtractionError(doc.meta.path, f"the extractor failed on this text ({type(exc).__name__}: {exc}); please report it") from exc
    doc.meta.site, doc.meta.url = meta_extra.get("site"), meta_extra.get("url")
