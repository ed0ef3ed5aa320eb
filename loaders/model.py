"""The typed document that extraction produces and the graph loader consumes.

Every piece of evidence carries character offsets into ``Document.text`` (the decoded,
newline-normalised article text) and the document's content hash, so that any answer the
graph gives can be checked against the words on the page.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Reference:
    """One numbered entry of the article's own reference / footnote list."""

    n: int
    raw: str
    start: int
    end: int
    ibid_of: int | None = None
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Marker:
    """A footnote marker in the body: ``[3]``, ``[3-5]``, ``Revolution.”12``, ``[^3]``."""

    numbers: list[int]
    start: int
    end: int
    style: str  # "bracket" | "glued" | "superscript" | "markdown"


@dataclass(slots=True)
class Quote:
    """A direct quotation. ``spans`` lists the pieces of text inside the marks (several when
    the quotation runs over paragraphs); ``text`` is those pieces joined with single spaces."""

    id: str
    text: str
    start: int
    end: int
    spans: list[tuple[int, int]]
    speaker: str | None = None
    speaker_kind: str | None = None  # "named" | "described" | None
    outlet: str | None = None
    refs: list[int] = field(default_factory=list)
    attribution: str | None = None  # the words the speaker was read from, for review
    speaker_via: str | None = None  # how: "cue", "pronoun", "earlier sentence", "credit line" or "repeated quotation"


@dataclass(slots=True)
class Claim:
    """A sentence that carries a footnote marker or a quotation."""

    id: str
    text: str
    start: int
    end: int
    refs: list[int] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A publication's reporting named in the text without a footnote ("As The Intercept
    reported last June"); ``when`` is the YYYY or YYYY-MM the text gives, if any."""

    outlet: str
    start: int
    end: int
    text: str
    when: str | None = None


@dataclass(slots=True)
class Warning:
    """Something a careful reader should know about this extraction; never fatal."""

    code: str
    message: str
    start: int | None = None


@dataclass(slots=True)
class DocumentMeta:
    id: str  # sha256 of the raw bytes
    path: str | None
    format: str  # "text" | "html" | "markdown"
    encoding: str
    encoding_confidence: float = 1.0  # 1.0: valid UTF-8 or a byte-order mark; below: a guess (see loaders/reading.py)
    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    url: str | None = None
    length: int = 0


@dataclass(slots=True)
class Document:
    meta: DocumentMeta
    text: str
    references: list[Reference] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def reference(self, n: int) -> Reference | None:
        for ref in self.references:
            if ref.n == n:
                return ref
        return None

    def resolved_reference(self, n: int) -> Reference | None:
        """The entry a marker really points at: an "ibid" entry's ``ibid_of`` (the core reads
        ibid chains once, where it reads the list, so ``ibid_of`` names an entry that is not
        itself an ibid)."""
        ref = self.reference(n)
        return self.reference(ref.ibid_of) if ref is not None and ref.ibid_of is not None else ref

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        """The JSON contract (docs/extract.schema.json)."""
        document = asdict(self.meta)
        if include_text:
            document["text"] = self.text
        quotes = []
        for q in self.quotes:
            item = asdict(q)
            item["spans"] = [list(s) for s in q.spans]
            quotes.append(item)
        return {
            "document": document,
            "references": [asdict(r) for r in self.references],
            "markers": [asdict(m) for m in self.markers],
            "quotes": quotes,
            "claims": [asdict(c) for c in self.claims],
            "mentions": [asdict(m) for m in self.mentions],
            "warnings": [asdict(w) for w in self.warnings],
        }
