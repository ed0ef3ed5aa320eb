"""The words the rules read text with, as data read when provgraph starts.

``loaders/lexicon.json`` holds every list (reporting verbs, outlets, titles, months in
several languages, …). A user adds words of their own, outlets of their country say, in a
file shaped like it that holds only the lists to extend:

    {"KNOWN_OUTLETS": ["crumbcheck info"], "REPORTING_VERBS": ["tweeted"]}

passed with ``provgraph --lexicon FILE`` (or ``$PROVGRAPH_LEXICON``, or ``use_lexicon`` from
Python). Lists are extended, and named entries (``MONTHS``, ``PLATFORM_CUES``) added to.
The rules compile their patterns from the words once, so the lexicon is fixed when the first
text is read: choose it before.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ProvgraphError


class LexiconError(ProvgraphError):
    pass


_user_files: list[Path] = []
_active: dict[str, Any] | None = None


def use_lexicon(path: str | Path) -> None:
    """Add the words in ``path`` to the lexicon; before the first extraction."""
    if _active is not None:
        raise LexiconError(f"{path}: the lexicon is already in use; add words before the first article is read")
    merge(package_lexicon(), read_lexicon_file(Path(path)), str(path))  # a bad file says so now, naming itself
    _user_files.append(Path(path))


def active() -> dict[str, Any]:
    """The lexicon in use: the package's, with the user's files merged in (fixed at first call)."""
    global _active
    if _active is None:
        lexicon = package_lexicon()
        for path in user_files():
            lexicon = merge(lexicon, read_lexicon_file(path), str(path))
        _active = lexicon
    return _active


def user_files() -> list[Path]:
    """The files whose words are added to the package's: $PROVGRAPH_LEXICON's, then ``use_lexicon``'s."""
    return [*_env_files(), *_user_files]


def package_lexicon() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("lexicon.json").read_text(encoding="utf-8"))


def read_lexicon_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"{path}: lexicon file not found") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: not a JSON lexicon ({exc})") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a lexicon is a JSON object of word lists")
    return data


def merge(base: dict[str, Any], extra: dict[str, Any], source: str) -> dict[str, Any]:
    """``base`` with ``extra``'s words added: lists extended (in order, without repeats),
    objects merged key by key. A key ``base`` lacks, or a value of another shape, is an error
    naming ``source``: a misspelt list name must not be ignored silently."""
    out = dict(base)
    for key, value in extra.items():
        if key.startswith("_"):
            continue
        if key not in base:
            raise LexiconError(f"{source}: {key} is not a list of the lexicon (the lists are: {', '.join(k for k in base if not k.startswith('_'))})")
        out[key] = _merged(base[key], value, f"{source}: {key}")
    return out


def _merged(have: Any, add: Any, where: str) -> Any:
    if isinstance(have, list):
        if not isinstance(add, list) or not all(isinstance(w, str) for w in add):
            raise LexiconError(f"{where}: expected a list of words")
        return have + [w for w in add if w not in have]
    if isinstance(have, dict):
        if not isinstance(add, dict):
            raise LexiconError(f"{where}: expected an object")
        merged = dict(have)
        for k, v in add.items():
            merged[k] = _merged(have[k], v, f"{where}.{k}") if k in have and isinstance(have[k], list | dict) else v
        return merged
    raise LexiconError(f"{where}: cannot be changed")


def _env_files() -> list[Path]:
    return [Path(p) for p in os.environ.get("PROVGRAPH_LEXICON", "").split(os.pathsep) if p]
