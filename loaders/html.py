"""HTML pages to the plain text the extractor reads, plus the metadata the page declares.

selectolax (lexbor) parses malformed markup the way browsers do and is fast; the tree is
walked with an explicit stack, so deeply nested pages cannot exhaust Python's recursion.
Footnote lists (``<ol>`` of footnotes / endnotes, ``#fn`` anchors) become ``[n] text``
lines under a "References" heading, and superscript footnote links become ``[n]`` markers,
so HTML goes through the same reference and marker rules as plain text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .errors import ExtractionError
from .rules import is_reference_heading, parse_date

BLOCK_TAGS = frozenset(
    ["p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote", "li", "ol", "ul", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "figure", "figcaption", "pre", "hr", "address", "details", "summary", "nav", "form"]
)
DROP_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "head", "nav"])
_FN_HINT = re.compile(r"foot-?notes?|endnotes?|\bfn\b|\bnotes?\b|references?|citations?|reflist", re.I)
# what a page wraps around an article: shared links, comments, promotions, captions
_BOILERPLATE_TAGS = frozenset(["aside", "footer", "figcaption"])
_BOILERPLATE_HINT = re.compile(
    r"\b(?:comments?|related|share|sharing|social|newsletter|promo|advert\w*|ads?|sidebar|cookies?|subscribe|subscription|"
    r"breadcrumbs?|paywall|signup|most-read|popular|recommended)\b",
    re.I,
)


def html_to_text(html: str, path: str | None = None) -> tuple[str, dict[str, str | None]]:
    try:
        tree = LexborHTMLParser(html)
    except Exception as exc:  # the parser is lenient; this is for the truly unreadable
        raise ExtractionError(path, f"HTML could not be parsed ({exc})") from None
    meta = _metadata(tree)
    root = tree.body or tree.root
    if root is None:
        raise ExtractionError(path, "HTML has no body")
    body_text, notes = _walk(root, len(root.text()))
    text = _tidy(body_text)
    if notes:
        text = text.rstrip() + "\n\nReferences\n" + "\n".join(f"[{n}] {t}" for n, t in notes) + "\n"
    return text, meta


def _meta_content(tree: LexborHTMLParser, *selectors: str) -> str | None:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is None:
            continue
        value = node.attributes.get("content") or node.attributes.get("datetime") or node.text(strip=True)
        if value and value.strip():
            return " ".join(value.split())
    return None


def _metadata(tree: LexborHTMLParser) -> dict[str, str | None]:
    published = _meta_content(
        tree,
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[itemprop="datePublished"]',
        "time[datetime]",
    )
    return {
        "title": _meta_content(tree, 'meta[property="og:title"]', 'meta[name="title"]', "h1", "title"),
        "byline": _meta_content(tree, 'meta[name="author"]', 'meta[property="article:author"]', '[rel="author"]', ".byline"),
        "published": parse_date(published) if published else None,
        "site": _meta_content(tree, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
        "url": _meta_content(tree, 'meta[property="og:url"]') or (tree.css_first('link[rel="canonical"]').attributes.get("href") if tree.css_first('link[rel="canonical"]') else None),
    }


def _is_boilerplate(node, page_length: int) -> bool:
    """Page furniture around the article (quotations there are not the article's). A part
    that holds the footnotes, or most of the page's words, is never furniture, whatever it
    is called ("social-issues-article")."""
    tag = node.tag
    attrs = " ".join(str(v) for v in (node.attributes.get("class"), node.attributes.get("id")) if v)
    furniture = tag in _BOILERPLATE_TAGS or bool(attrs and _BOILERPLATE_HINT.search(attrs)) or (tag == "header" and node.css_first("h1") is None)
    if not furniture or tag in ("body", "html", "main", "article"):
        return False
    if attrs and _FN_HINT.search(attrs):
        return False
    if any(_is_footnote_list(ol) for ol in node.css("ol")):
        return False
    return len(node.text()) * 2 < page_length


def _is_footnote_list(node) -> bool:
    if node.tag != "ol":
        return False
    probe = node
    for _ in range(3):
        if probe is None:
            break
        attrs = " ".join(str(v) for v in (probe.attributes.get("class"), probe.attributes.get("id")) if v)
        if _FN_HINT.search(attrs):
            return True
        probe = probe.parent
    first_li = node.css_first("li")
    if first_li and re.match(r"(?:fn|footnote|note|endnote|ref)[-_:]?\d+", first_li.attributes.get("id") or "", re.I):
        return True
    heading = _previous_element(node)  # <h2>Notes</h2><ol>…: a plain list under a notes heading
    return heading is not None and is_reference_heading(" ".join(heading.text().split()))


def _previous_element(node):
    prev = node.prev
    while prev is not None and (prev.tag == "-text" and not (prev.text(deep=False) or "").strip() or prev.tag == "_comment"):
        prev = prev.prev
    return prev if prev is not None and prev.tag != "-text" else None


def _note_text(li) -> str:
    """A footnote's words, with italics kept as ``*…*``: in a citation they mark a title or
    a publication, which the reference parser reads. Back-links ("^", "↩") are dropped."""
    for back in li.css('.mw-cite-backlink, [class*="backref"], [class*="backlink"], [class*="back-link"], a[href^="#cite_ref"], a[href^="#fnref"]'):
        back.decompose()
    whole = " ".join(li.text().split())
    for em in li.css("em, i"):
        inner = " ".join(em.text().split())
        if inner and "*" not in inner and inner != whole:
            em.replace_with(f"*{inner}*")
    body = " ".join(li.text(separator=" ").split())
    body = re.sub(r"^(?:[\^↑]\s*(?:[a-z]\s+)*)+", "", body)  # Wikipedia's "^ a b"
    return re.sub(r"\s+([,.;:])(?=\s|$)", r"\1", body)


def _walk(root, page_length: int) -> tuple[str, list[tuple[int, str]]]:
    out: list[str] = []
    notes: list[tuple[int, str]] = []
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag in BLOCK_TAGS:
                out.append("\n")
            continue
        if tag == "-text":
            out.append(node.text(deep=False) or "")
            continue
        if tag in DROP_TAGS or tag == "_comment" or node.is_comment_node or _is_boilerplate(node, page_length):
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag == "ol" and _is_footnote_list(node):
            start = int(node.attributes.get("start") or 1) if (node.attributes.get("start") or "1").isdigit() else 1
            for k, li in enumerate(node.css("li")):
                if li.parent is not None and li.parent.mem_id != node.mem_id:
                    continue
                # the number a reader sees is the item's place in the list; ids such as
                # "footnote_0_110" are the site's own counters
                n = start + k
                body = _note_text(li)
                body = re.sub(r"\s*\[?\s*[↩↑^]?\s*\]?\s*$", "", body)  # "[↩]", or "[ ]" once the link is gone
                notes.append((n, body))
            continue
        if tag == "sup":
            label = " ".join(node.text().split())
            if re.fullmatch(r"\[?\d{1,3}\]?", label):
                out.append(f"[{label.strip('[]')}]")
                continue
        if tag == "a" and re.match(r"#(?:fn|footnote|note|endnote|cite)", node.attributes.get("href") or "", re.I):
            label = " ".join(node.text().split())
            if re.fullmatch(r"\[?\d{1,3}\]?", label):
                out.append(f"[{label.strip('[]')}]")
                continue
        if tag in BLOCK_TAGS:
            out.append("\n")
        stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        for c in reversed(children):
            stack.append((c, False))
    return "".join(out), notes


def _tidy(text: str) -> str:
    lines = [" ".join(ln.split()) for ln in text.replace("\xa0", " ").split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"
