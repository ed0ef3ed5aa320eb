"""The keys text is compared by, one home each: a name's (``fold_name``, read by the core
so the rules and the graph fold alike) and a quotation's (``normalise_quote``)."""

from __future__ import annotations

import re
import unicodedata

from provgraph.loaders.rules import fold_name


def normalise_quote(text: str) -> str:
    """The comparison form of quoted words: case, quote marks, punctuation and spacing folded."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = re.sub(r"[\u2018\u2019\u201c\u201d\"'`´]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


__all__ = ["fold_name", "normalise_quote"]
