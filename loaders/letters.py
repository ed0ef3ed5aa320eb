"""Capital and small letters beyond ASCII, for the patterns that read names.

Python's ``re`` has no ``\\p{Lu}``: a pattern written with ``[A-Z]`` misses "Élise Moreau",
"Łukasz Nowak" and "Zoltán Kovács" at their first letter. The patterns are written with the
familiar ASCII classes and passed through :func:`letters`, which widens them to the Latin,
Greek and Cyrillic letters (the scripts of the names English-language news prints).
"""

from __future__ import annotations

from collections.abc import Callable

_SPAN = range(0x80, 0x2000)  # Latin-1 to Latin Extended Additional, Greek, Cyrillic


def _ranges(is_member: Callable[[str], bool]) -> str:
    out: list[str] = []
    start = prev = None
    for cp in [*_SPAN, None]:
        if cp is not None and is_member(chr(cp)):
            start = cp if start is None else start
            prev = cp
            continue
        if start is not None and prev is not None:
            out.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
            start = None
    return "".join(out)


UPPER = "A-Z" + _ranges(lambda c: c.isupper() or c.istitle())
LOWER = "a-z" + _ranges(str.islower)


def letters(pattern: str) -> str:
    """``pattern`` with ``[A-Za-z]``, ``[A-Z]`` and ``[a-z]`` standing for every letter of
    that case."""
    return pattern.replace("[A-Za-z]", f"[{UPPER}{LOWER}]").replace("[A-Z]", f"[{UPPER}]").replace("[a-z]", f"[{LOWER}]")
