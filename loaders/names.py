"""Names as a person writes them: finding capitalised names in text, stripping honorifics,
turning "Hussain, Murtaza" into "Murtaza Hussain", telling people from organisations."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .letters import letters
from .lexicon import HONORIFICS, KNOWN_OUTLETS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, OUTLET_WORDS

# abbreviated titles keep their stop inside a name ("Sen. Amy Park", "Gen. Mark Milley")
_TITLES = r"(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|Hon|Pres|Supt|Insp)"
_WORD = letters(rf"(?:(?:{_TITLES}|Jr|Sr)\.|(?:[A-Z]\.)+(?![a-z])|[A-Z][\w’'\-]*|[A-Z]{{2,}}\d*|\d+[A-Za-z]*|al-[A-Z][\w\-]*)")
# two particles in a row belong to a surname ("Ursula von der Leyen", "Luis de la Fuente")
_PARTICLES = r"(?:von|van|de|da|di|du|del|della|dos|das)[ \t]+(?:der|den|la|le|los|las|lo)"
_CAP_RUN = re.compile(
    letters(rf"(?<![\w’'])(?:{_TITLES}\.|(?:[A-Z]\.)+(?![a-z])|[A-Z][\w’'\-]*|[A-Z]{{2,}}\d*|al-[A-Z][\w\-]*)(?:[ \t]+(?:{_PARTICLES}[ \t]+|(?:of|for|de|del|der|van|von|bin|al|el|la|le|and|on|the)[ \t]+)?(?:{_WORD}))*")
)
_GIVEN_WORD = re.compile(letters(r"[A-Z][\w’'\-]*\.?|[A-Z]\.(?:[A-Z]\.)*"))
_ENDS_WITH_INITIAL = re.compile(letters(r"(?:^|[\s.])[A-Z]\.$"))
_POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(slots=True, frozen=True)
class NameSpan:
    text: str
    start: int
    end: int
    possessive: bool


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    """Strip honorifics, initial determiners, possessives and stray punctuation."""
    name = re.sub(r"\s+", " ", name).strip(" ,;:.()[]\"“”‘’'")
    name = _POSSESSIVE.sub("", name) if name.endswith(("’s", "'s")) else name
    words = name.replace("Mr.", "Mr. ").replace("Dr.", "Dr. ").split()
    while words and (words[0].lower().rstrip(".") in HONORIFICS or words[0].lower() in ("the", "a", "an")):
        if len(words) == 1:
            break
        words.pop(0)
    return " ".join(words).strip(" ,;:.")


def names_in(text: str, offset: int = 0) -> list[NameSpan]:
    """Capitalised word runs that can be names, in order, with offsets."""
    out = []
    for m in _CAP_RUN.finditer(text):
        raw = m.group(0).rstrip(".")
        words = raw.split()
        # drop leading words that are capitalised only because a sentence starts there
        start = m.start()
        while words and words[0].lower().strip("’'") in NOT_NAMES:
            start += len(words[0]) + (text[start + len(words[0]) :].find(words[1]) if len(words) > 1 else 0)
            words.pop(0)
        while words and words[-1].lower() in NAME_CONNECTORS:
            words.pop()
        if not words:
            continue
        raw = " ".join(words)
        s = text.find(words[0], start)
        possessive = bool(_POSSESSIVE.search(words[-1])) and words[-1].endswith(("’s", "'s", "s’"))
        out.append(NameSpan(raw, offset + s, offset + s + len(raw), possessive))
    return out


@lru_cache(maxsize=65536)
def is_org(name: str) -> bool:
    words = {w.lower().strip(".,’'") for w in name.split()}
    return bool(words & ORG_WORDS) or name.isupper() or is_outlet_name(name)


@lru_cache(maxsize=65536)
def is_outlet_name(name: str) -> bool:
    """True for names of publications and platforms ("The Intercept", "Twitter", "Iran Focus")."""
    low = re.sub(r"^the\s+", "", name.lower().strip(" .,’'")).replace("’s", "")
    if low in KNOWN_OUTLETS:
        return True
    words = low.split()
    return bool(words) and words[-1] in OUTLET_WORDS


@lru_cache(maxsize=65536)
def looks_like_person(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 4 and not is_org(name) and all(w[:1].isupper() for w in words)


_BYLINE_JOINS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def people_in_byline(byline: str) -> list[str]:
    """ "Élise Moreau and Jan Kowalski" -> two people; a single name, or a list whose parts
    are not all full names ("Smith, John"), stays as printed."""
    parts = [p for p in _BYLINE_JOINS.split(byline) if p]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [byline]


def person_from_citation(author: str) -> str:
    """ "Hussain, Murtaza" -> "Murtaza Hussain"; "Murtaza Hussain" and corporate names unchanged."""
    author = re.sub(r"\s+", " ", author).strip(" ,;")
    if not _ENDS_WITH_INITIAL.search(author):  # "Yusuf, A." keeps its initial's stop
        author = author.rstrip(" .")
    if author.count(",") == 1:
        last, first = (p.strip() for p in author.split(","))
        if last and first and given_names(first) and len(last.split()) <= 3:
            return f"{first} {last}"
    return author


def given_names(text: str) -> bool:
    """Given names and initials: "Murtaza", "Murtaza M.", "J. R. R."."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(_GIVEN_WORD.fullmatch(w) for w in words)


def surname(name: str) -> str:
    words = clean_name(name).split()
    return words[-1] if words else ""


def fold_name(name: str | None) -> str:
    """The comparison key of a name: case, Unicode forms, "the", possessives, punctuation and
    spacing folded ("The Intercept’s" = "the intercept" = "Intercept"). The one rule both the
    extractor and entity resolution compare names by."""
    return _fold(name) if name else ""


@lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    """Cached: an article and a load fold the same few names again and again."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = re.sub(r"[’']s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split())
