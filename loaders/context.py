"""Document-wide reading context for attribution: sentences in order, the names the article
uses (so "Parsi" becomes the "Trita Parsi" last mentioned), acronyms it defines ("The Iranian
Canadian Congress (ICC)"), and the antecedents pronouns and "the report" point back to."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .attribution import (
    _TOKEN,
    _good_names,
    _is_intro,
    _segments,
    outlet_cue,
    owned_thing,
    platform_cue,
    strip_roles,
)
from .letters import letters
from .lexicon import NOT_NAMES, PERSON_PRONOUNS, THING_PRONOUNS
from .names import clean_name, fold_name, is_org, is_outlet_name, looks_like_person, names_in
from .text import Span, is_word_char, merged_windows, word_positions

_ACRONYM = re.compile(letters(r"((?:[A-Z][\w\-]*\s+)(?:(?:of|for|and|the|de)\s+|[A-Z][\w\-]*\s+){0,6}[A-Z][\w\-]*)\s*\(\s*([A-Z]{2,6})s?\s*\)"))


_INTERVIEW_KEYS = ("reach", "interview", "spoke", "speaking", "talk", "contact")
_INTERVIEW = re.compile(r"(?:reach(?:ed|ing)?\s+out\s+to|interview(?:ed|ing)|(?:spoke|speaking|talked|talking)\s+(?:to|with)|contact(?:ed|ing))\s+")
_ACRONYM_TAIL = re.compile(letters(r"\(\s*[A-Z]{2,6}s?\s*\)"))


def _acronym_definitions(text: str, end: int) -> list[re.Match[str]]:
    """ "The Iranian Canadian Congress (ICC)": found from the bracket back, since a pattern
    that opens with a capitalised word is tried at every capital of the article."""
    out: list[re.Match[str]] = []
    done = 0
    for tail in _ACRONYM_TAIL.finditer(text, 0, end):
        m = _ACRONYM.search(text, max(done, tail.start() - 400), tail.end())
        while m is not None and m.end() < tail.end():
            m = _ACRONYM.search(text, m.end(), tail.end())
        if m is not None and m.end() == tail.end():
            out.append(m)
            done = m.end()
    return out


@lru_cache(maxsize=4096)
def _around(word: str) -> re.Pattern[str]:
    w = re.escape(word)
    # a stop only after an initial ("Murtaza M. Hussain"): "Freedom. The" is two sentences
    return re.compile(letters(rf"(?:\b(?:[A-Z]\.|[A-Z][\w’'\-]*)[ \t]+){{1,3}}{w}\b|\b{w}(?:[ \t]+[A-Z][\w’'\-]*){{1,2}}"))


@dataclass(slots=True)
class SentenceInfo:
    span: Span
    paragraph: int
    speaker: str | None = None  # speaker of a kept quotation in this sentence
    outlet: str | None = None


@dataclass(slots=True)
class DocContext:
    text: str  # original text
    masked: str  # the same text with every quotation's words blanked (offsets kept)
    sentences: list[SentenceInfo]
    known_outlets: set[str]
    acronyms: dict[str, str] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _names_cache: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _outlet_cache: dict[str, str] = field(default_factory=dict)
    _interviews: dict[str, str] | None = None

    @classmethod
    def build(cls, text: str, masked: str, sentences: list[SentenceInfo], body_end: int, known_outlets: set[str]):
        ctx = cls(text=text, masked=masked, sentences=sentences, known_outlets=known_outlets)
        ctx._starts = [si.span.start for si in sentences]
        for m in _acronym_definitions(text, body_end):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip())
            ctx.acronyms.setdefault(m.group(2), name)
        return ctx

    # ---------------------------------------------------------- names

    def full_names_with(self, word: str) -> list[tuple[int, str]]:
        """Where the article names a person in full with ``word`` as first or last name,
        looked up when needed (cheaper than indexing every name of every article)."""
        hit = self._names_cache.get(word)
        if hit is not None:
            return hit
        out = []
        text = self.text
        pattern = _around(word)
        for at in word_positions(text, word):  # find the word, then read the window around it
            lo, hi = max(0, at - 60), min(len(text), at + len(word) + 40)
            m = next((m for m in pattern.finditer(text, lo, hi) if m.start() <= at < m.end()), None)
            if m is None:
                continue
            words = m.group(0).split()
            while words and words[0].lower().strip(".") in NOT_NAMES:
                words.pop(0)
            name = strip_roles(" ".join(words))
            parts = name.split()
            if len(parts) >= 2 and word in (parts[0], parts[-1]) and looks_like_person(name):
                out.append((m.start(), name))
        self._names_cache[word] = out
        return out

    def expand(self, name: str | None, at: int) -> str | None:
        """Full form of a short name, from the article's own mentions."""
        if not name:
            return name
        name = clean_name(name)
        if name in self.acronyms:
            return self.acronyms[name]
        words = name.split()
        if len(words) != 1:
            return name
        w = words[0]
        full = self.full_names_with(w)
        if not w.isupper() and not full and not self._inside_sentence(w):
            return None  # a word capitalised only where sentences start ("Commentators say …") is no name
        before = [n for p, n in full if p < at]
        if before:
            return before[-1]
        return full[0][1] if full else name

    def _inside_sentence(self, word: str) -> bool:
        """The word stands capitalised somewhere a sentence does not start ("word Word")."""
        text = self.text
        return any(i >= 2 and text[i - 1] in " ," and is_word_char(text[i - 2]) for i in word_positions(text, word))

    def expand_outlet(self, outlet: str | None, at: int) -> str | None:
        """ "Post" -> "The Washington Post" when the article names it in full."""
        if not outlet:
            return outlet
        words = outlet.split()
        if len(words) == 2 and words[0].lower() == "the":  # "told the Herald" -> "City Herald"
            full = self.expand_outlet(words[1], at)
            return outlet if fold_name(full) == fold_name(outlet) else full
        if len(words) > 1:
            return f"The {outlet[4:]}" if outlet.startswith("the ") else outlet  # "told the Valley Courier"
        if outlet not in self._outlet_cache:
            self._outlet_cache[outlet] = self._full_outlet(outlet)
        return self._outlet_cache[outlet]

    def _full_outlet(self, outlet: str) -> str:
        text = self.text
        before = re.compile(letters(rf"((?:[A-Z][\w\-&.]*[ \t]+){{1,3}}){re.escape(outlet)}\b"))
        for at in word_positions(text, outlet):
            m = before.search(text, max(0, at - 50), at + len(outlet))
            if m is None:
                continue
            name = m.group(0)
            if fold_name(name) in self.known_outlets:
                return name  # as the article's own reference list prints it
            if is_outlet_name(name):
                return name if name.lower().startswith("the ") else f"The {name}"
        return outlet

    # ---------------------------------------------------------- who spoke to whom

    def interviewed_by(self, name: str | None) -> str | None:
        """The outlet the article says reached, interviewed or spoke with this person ("The
        Intercept made the discovery after reaching out to Hassan Heyrani"): the person's
        quotations that name no outlet of their own came through it."""
        if not name:
            return None
        if self._interviews is None:
            self._interviews = self._find_interviews()
        return self._interviews.get(fold_name(name))

    def _find_interviews(self) -> dict[str, str]:
        found: dict[str, str] = {}
        masked = self.masked
        starts = sorted(i for key in _INTERVIEW_KEYS for i in word_positions(masked, key, whole=False))
        for m in filter(None, (_INTERVIEW.match(masked, i) for i in starts)):
            info = self.sentences[self.sentence_index(m.start())] if self.sentences else None
            if info is None:
                continue
            before = masked[info.span.start : m.start()]
            outlets = [
                ("The " if before[max(0, n.start - 4) : n.start] == "The " else "") + n.text
                for n in names_in(before)
                if is_outlet_name(n.text) or fold_name(n.text) in self.known_outlets
            ]
            people = [n for n in _good_names(masked[m.end() : min(info.span.end, m.end() + 80)]) if self._is_person(strip_roles(n.text))]
            if outlets and people and people[0].start == 0:
                found.setdefault(fold_name(strip_roles(people[0].text)), outlets[-1])
        return found

    # ---------------------------------------------------------- antecedents

    def sentence_index(self, pos: int) -> int:
        """The sentence holding ``pos``; the last sentence when none does."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].span.end + 1:
            return i
        return len(self.sentences) - 1

    def resolve(self, pronoun: str, noun: str | None, at: int, max_back: int = 8, look_back: bool = True) -> tuple[str | None, str | None]:
        """(name, outlet) a pronoun or definite description refers to. ``look_back``: when the
        noun finds nothing, take the nearest fitting speaker or name of the sentences before."""
        idx = self.sentence_index(at)
        if noun:
            # the description's own sentence is not its antecedent ("The London-based company’s website announced")
            found = self._noun_antecedent(noun, min(at, self.sentences[idx].span.start) if self.sentences else at)
            if found:
                return found, None
        if not look_back:
            return None, None
        want_person = pronoun in PERSON_PRONOUNS
        para0 = self.sentences[idx].paragraph if self.sentences else 0
        for j in range(idx - 1, max(-1, idx - 1 - max_back), -1):
            s = self.sentences[j]
            if para0 - s.paragraph > 2:
                break
            if s.speaker and (not want_person or not is_org(s.speaker)):
                return s.speaker, s.outlet
            chunk = self.masked[s.span.start : s.span.end]
            segs = _segments(chunk)
            while len(segs) > 1 and _is_intro(segs[0][1]):
                segs.pop(0)
            if not segs:
                continue
            first = _TOKEN.findall(segs[0][1])[:1]
            if first and first[0].lower() in PERSON_PRONOUNS | THING_PRONOUNS | {"its", "his", "her", "their"}:
                continue  # the sentence is about the one we are looking for: look further back
            rest = chunk[segs[0][0] :]
            definite = re.match(r"\s*[Tt]he\s+((?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+(?:[a-z]+ed|has|had|was|is|said|says)\b", segs[0][1])
            if definite and not want_person and definite.group(1).split()[0] not in ("latter", "former", "same", "other", "first"):
                return definite.group(1), None  # "It" -> "the regime" of the sentence before
            owned = owned_thing(segs[0][1])
            if owned and not want_person:  # "Smith’s tweet was deleted. … it read:" -> Smith, on Twitter
                return owned, outlet_cue(chunk, self.known_outlets) or platform_cue(chunk)
            for n in _good_names(rest):
                name = strip_roles(n.text)
                if want_person and (is_org(name) or not self._is_person(name)):
                    continue
                return name, outlet_cue(chunk, self.known_outlets)
            if want_person:  # "Ms. Gonzalez's office released a statement. In it, she argued …"
                for n in names_in(rest):
                    name = strip_roles(n.text)  # clean_name drops the "’s"
                    if n.possessive and not is_org(name) and self._is_person(name):
                        return name, None
        return None, None

    def _is_person(self, name: str) -> bool:
        if len(name.split()) >= 2:
            return looks_like_person(name)
        return bool(self.full_names_with(name))

    def _noun_antecedent(self, noun: str, at: int) -> str | None:
        """ "the account" <- "the Alavi account"; "the company" <- "a company called X"."""
        window = self.masked[max(0, at - 3000) : at]
        best = None
        if noun[1:] not in window:  # both patterns below need the noun: skip them when it is absent
            return None
        pattern = re.compile(
            letters(rf"((?:[A-Z][\w\-]*\s+(?:(?:of|for|and)\s+)?){{1,5}}){noun}s?\b|\b{noun}\s+(?:called|named)\s+([A-Z][\w’'\-]*(?:\s+(?:for\s+|of\s+|and\s+)?[A-Z][\w’'\-]*){{0,4}})")
        )
        # every match holds the noun: read only the stretches around it
        hits = [(i, i + len(noun)) for i in word_positions(window, noun, whole=False)]
        for m in (m for lo, hi in merged_windows(hits, 250, 150, len(window)) for m in pattern.finditer(window, lo, hi)):
            if m.group(2):
                best = clean_name(m.group(2))
                continue
            words = m.group(1).split()
            while words and words[0].lower() in NOT_NAMES:
                words.pop(0)
            while words and words[-1].lower() in ("of", "for", "and"):
                words.pop()
            if words and not words[0].lower().endswith("ing"):
                best = clean_name(" ".join(words))
        if best is None:
            # a title before a name: "the mayor" <- "Mayor John Carter"
            title = f"[{noun[:1].upper()}{noun[:1]}]{re.escape(noun[1:])}"
            titled = re.findall(letters(rf"\b{title}\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,2}})"), window)
            if titled:
                best = clean_name(titled[-1])
        return best
