"""Markdown articles: front matter and footnote syntax, text otherwise kept as written.

The text is left as the author typed it (so offsets point into the file's own words):
``[^3]`` markers and ``[^3]: ...`` definitions are read by the shared marker and reference
rules; front matter (``title:``, ``author:``, ``date:``) and a leading ``# Heading`` give
the metadata. Emphasis marks inside quotations are kept as printed.
"""

from __future__ import annotations

import re

from .rules import parse_date

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def markdown_to_text(text: str) -> tuple[str, dict[str, str | None]]:
    meta: dict[str, str | None] = {"title": None, "byline": None, "published": None, "site": None, "url": None}
    m = _FRONT.match(text)
    if m:
        for line in m.group(1).split("\n"):
            key, _, value = line.partition(":")
            value = value.strip().strip("\"'")
            key = key.strip().lower()
            if key == "title":
                meta["title"] = value or None
            elif key in ("author", "byline", "authors"):
                meta["byline"] = value.strip("[]") or None
            elif key in ("date", "published", "pubdate"):
                meta["published"] = parse_date(value)
            elif key in ("site", "outlet", "publication"):
                meta["site"] = value or None
            elif key in ("url", "canonical"):
                meta["url"] = value or None
        # blank the front matter out rather than cut it, so offsets stay the file's own
        text = " " * (m.end() - 1) + "\n" + text[m.end() :]
    if meta["title"] is None:
        h = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
        if h:
            meta["title"] = h.group(1)
    return text, meta
