"""Entity resolution: one node per real outlet, person and report.

Names are compared on a normalised key (case, "the", punctuation and spacing folded, so
"The Intercept" = "the Intercept" = "Intercept" and "Aljazeera" = "Al Jazeera"), then with
rapidfuzz for typos ("Iranain Canadian Congress", "Murteza Hussain"). A user-editable alias
file forces merges the rules cannot see and forbids the ones they get wrong:

    [outlets]
    "Al Jazeera" = ["AJE", "Al Jazeera English"]
    [people]
    "Murtaza Hussain" = ["Morteza", "Maz Hussain"]
    [never_merge]
    people = [["Mazda Parsi", "Trita Parsi"]]
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from provgraph.common import ProvgraphError
from provgraph.common.keys import fold_name
from provgraph.loaders.rules import person_from_citation
from rapidfuzz import fuzz

OUTLET_FUZZ = 90
PERSON_FUZZ = 88
TITLE_FUZZ = 90
DEFAULT_ALIASES = {
    "outlets": {
        "Al Jazeera": ["Aljazeera", "Al-Jazeera", "Al Jazeera English"],
        "Al-Monitor": ["Al Monitor"],
        "The New York Times": ["NYT", "NY Times", "New York Times"],
        "The Washington Post": ["Washington Post", "WaPo"],
        "Twitter": ["X (Twitter)", "twitter.com"],
        "Lobelog": ["Lobe Log", "LobeLog"],
    }
}


key = fold_name


def compact(name: str | None) -> str:
    return key(name).replace(" ", "")


def stable_id(prefix: str, *parts: str | None) -> str:
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}:{digest}"


class AliasFileError(ProvgraphError):
    pass


@dataclass(slots=True)
class Aliases:
    outlets: dict[str, str] = field(default_factory=dict)  # compact variant -> canonical name
    people: dict[str, str] = field(default_factory=dict)
    never_people: set[frozenset[str]] = field(default_factory=set)
    never_outlets: set[frozenset[str]] = field(default_factory=set)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Aliases:
        data: dict = {"outlets": dict(DEFAULT_ALIASES["outlets"])}
        if path is not None:
            try:
                user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise AliasFileError(f"{path}: alias file not found") from None
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise AliasFileError(f"{path}: not a valid TOML alias file ({exc})") from None
            for section in ("outlets", "people"):
                data.setdefault(section, {}).update(user.get(section, {}))
            data["never_merge"] = user.get("never_merge", {})
        out = cls()
        for canonical, variants in data.get("outlets", {}).items():
            for v in [canonical, *variants]:
                out.outlets[compact(v)] = canonical
        for canonical, variants in data.get("people", {}).items():
            for v in [canonical, *variants]:
                out.people[compact(v)] = canonical
        for a, b in data.get("never_merge", {}).get("people", []):
            out.never_people.add(frozenset({key(a), key(b)}))
        for a, b in data.get("never_merge", {}).get("outlets", []):
            out.never_outlets.add(frozenset({key(a), key(b)}))
        return out


@dataclass(frozen=True, slots=True)
class ReportMatch:
    """The Source a citation resolved to, and how: the evidence a CITES or SOURCED_FROM edge
    carries. ``how`` is one of ``MATCH_KINDS``; ``score`` is the title similarity (0–100) where
    the match was fuzzy, else 100."""

    id: str
    how: str
    score: float = 100.0


# how a citation was matched to a Source, from surest to least sure
MATCH_KINDS = ("exact key", "same url", "same title", "truncated title", "fuzzy title", "same outlet and day", "outlet and date")


@dataclass(slots=True)
class KnownReport:
    id: str
    title_key: str
    truncated: bool
    outlet_key: str
    date: str | None
    url_key: str
    seq: int = 0  # the order reports became known: ties go to the earliest


class Resolver:
    """Resolves names and citations to node ids, remembering what the store already holds."""

    def __init__(self, aliases: Aliases | None = None):
        self.aliases = aliases or Aliases.load()
        self.outlets: dict[str, tuple[str, str]] = {}  # compact key -> (id, display name)
        self.people: dict[str, tuple[str, str, str]] = {}  # key -> (id, name, kind)
        self.reports_by_outlet: dict[str, list[KnownReport]] = defaultdict(list)
        self.reports_by_url: dict[str, str] = {}
        # blocking indexes, so matching a title or a name does not compare it with everything known
        self._reports_by_token: dict[str, list[KnownReport]] = defaultdict(list)
        self._cited_by_token: dict[str, list[KnownReport]] = defaultdict(list)  # reports not loaded as articles
        self._loaded_reports: set[str] = set()
        # by the title's first word: a cut-off title ("An Iranian Activist Wrote…") and the
        # whole one share it
        self._reports_by_first_word: dict[str, list[KnownReport]] = defaultdict(list)
        self._truncated_by_first_word: dict[str, list[KnownReport]] = defaultdict(list)
        self._reports_by_title: dict[str, list[KnownReport]] = defaultdict(list)  # however common its words
        self._report_ids_by_outlet: dict[str, set[str]] = defaultdict(set)
        self._people_by_initial: dict[str, list[str]] = defaultdict(list)
        self._report_count = 0
        from .variants import QuoteIndex

        self.quotes = QuoteIndex()  # one utterance, several wordings
        self.known_quotes: set[str] = set()  # quotations the store held before this load
        self.origins = None  # set by the loader: origins seen in this load's rows

    # ------------------------------------------------------------ seeding from the store

    def remember_outlet(self, id_: str, name: str) -> None:
        self.outlets.setdefault(compact(name), (id_, name))

    def remember_person(self, id_: str, name: str, kind: str) -> None:
        k = key(name)
        if k not in self.people:
            self._index_person(k)
        self.people.setdefault(k, (id_, name, kind))

    def _index_person(self, k: str) -> None:
        words = k.split()
        if words:
            for initial in {words[0][0], words[-1][0]}:
                self._people_by_initial[initial].append(k)

    def remember_report(
        self, id_: str, title: str | None, outlet: str | None, date: str | None, url: str | None, loaded: bool = False
    ) -> None:
        title = title or ""
        self._report_count += 1
        seq = self._report_count
        rep = KnownReport(id_, key(title.rstrip(".… ")), _truncated(title), compact(outlet), date, _url_key(url), seq)
        self.reports_by_outlet[rep.outlet_key].append(rep)
        self._report_ids_by_outlet[rep.outlet_key].add(id_)
        if loaded:
            self._loaded_reports.add(id_)
        for token in set(rep.title_key.split()):
            _post(self._reports_by_token[token], rep)
            if not loaded:
                _post(self._cited_by_token[token], rep)
        _post(self._reports_by_title[rep.title_key], rep)
        first = rep.title_key.split()[:1]
        if first:
            _post(self._reports_by_first_word[first[0]], rep)
            if rep.truncated:
                _post(self._truncated_by_first_word[first[0]], rep)
        if rep.url_key:
            self.reports_by_url.setdefault(rep.url_key, id_)

    # ------------------------------------------------------------ outlets

    def outlet(self, name: str | None) -> tuple[str, str] | None:
        """(id, display name) of an outlet, merging spellings and typos."""
        if not name or not key(name):
            return None
        c = compact(name)
        canonical = self.aliases.outlets.get(c)
        if canonical:
            c = compact(canonical)
            name = canonical
        if c in self.outlets:
            return self.outlets[c]
        k = key(name)
        if len(c) >= 6:
            for other, value in self.outlets.items():
                if frozenset({k, key(value[1])}) in self.aliases.never_outlets:
                    continue
                if fuzz.ratio(c, other) >= OUTLET_FUZZ:
                    self.outlets[c] = value
                    return value
        display = _display_outlet(name)
        value = (stable_id("outlet", c), display)
        self.outlets[c] = value
        return value

    # ------------------------------------------------------------ people

    def person(self, name: str | None, kind: str = "person", doc: str | None = None) -> tuple[str, str, str] | None:
        """(id, display name, kind) of a speaker or author."""
        if not name or not key(name):
            return None
        if kind == "described":
            # "a senior Congressional aide" in one article is not the aide of another
            return (stable_id("described", key(name), doc), name, "described")
        name = person_from_citation(name)
        canonical = self.aliases.people.get(compact(name))
        if canonical:
            name = canonical
        k = _person_key(name)
        if k in self.people:
            return self.people[k]
        match = self._fuzzy_person(k, name)
        self._index_person(k)
        if match:
            self.people[k] = match
            return match
        value = (stable_id("person", k), name, kind)
        self.people[k] = value
        return value

    def _fuzzy_person(self, k: str, name: str) -> tuple[str, str, str] | None:
        words = k.split()
        candidates = []
        if not words:
            return None
        initials = {words[0][0], words[-1][0]} if len(words) == 1 else {words[-1][0]}
        others = dict.fromkeys(o for i in sorted(initials) for o in self._people_by_initial.get(i, ()))
        for other in others:
            value = self.people[other]
            if value[2] == "described" or frozenset({key(name), key(value[1])}) in self.aliases.never_people:
                continue
            ow = other.split()
            if len(words) == 1 and len(ow) >= 2:
                # "Morteza" or "Hussain" alone: a first or last name of exactly one known person
                if max(fuzz.ratio(words[0], ow[0]), fuzz.ratio(words[0], ow[-1])) >= 85:
                    candidates.append(value)
            elif len(words) >= 2 and len(ow) == 1 and fuzz.ratio(words[-1], ow[0]) >= 85:
                # "Ana Ruiz" after an article that named only "Ruiz": the same person, now
                # known by the fuller name
                candidates.append((value[0], name, value[2]))
            elif len(words) >= 2 and len(ow) >= 2:
                if fuzz.ratio(words[-1], ow[-1]) >= 85 and fuzz.ratio(words[0], ow[0]) >= 75 and fuzz.ratio(k, other) >= PERSON_FUZZ - 8:
                    candidates.append(value)
        unique = {c[0]: c for c in candidates}
        if len(unique) != 1:
            return None
        match = next(iter(unique.values()))
        for other, value in list(self.people.items()):
            if value[0] == match[0] and len(value[1].split()) < len(match[1].split()):
                self.people[other] = match  # the shorter name's later mentions show the fuller one
        return match

    # ------------------------------------------------------------ reports

    def report(self, title: str | None, outlet: str | None, date: str | None, url: str | None, raw: str) -> str:
        """The Source id of a cited report; the same report cited twice gets the same id."""
        return self.resolve_report(title, outlet, date, url, raw).id

    def resolve_report(self, title: str | None, outlet: str | None, date: str | None, url: str | None, raw: str) -> ReportMatch:
        """The Source a citation names, with how it was matched (see ``ReportMatch``)."""
        url_k = _url_key(url)
        own = _own_report_id(title, outlet, url_k, raw)
        if url_k and url_k in self.reports_by_url:
            found = self.reports_by_url[url_k]
            return ReportMatch(found, "exact key" if found == own else "same url")
        match = self._best_report(title, outlet, date)
        if match:
            found = match.id
            if found == own:  # the citation's own key: how it was found does not matter
                match = ReportMatch(found, "exact key")
            if url_k:
                self.reports_by_url[url_k] = found
            if outlet and found not in self._report_ids_by_outlet.get(compact(outlet), ()):
                # a loaded article with no outlet of its own, now cited as this outlet's report
                self.remember_report(found, title, outlet, date, url)
            return match
        self.remember_report(own, title, outlet, date, url)
        return ReportMatch(own, "exact key")

    def mentioned_report(self, outlet: str, when: str | None) -> str | None:
        """The one known report of ``outlet`` dated ``when`` (YYYY or YYYY-MM), if exactly one."""
        if not when:
            return None
        hits = {r.id for r in self.reports_by_outlet.get(compact(outlet), []) if r.date and r.date.startswith(when)}
        return hits.pop() if len(hits) == 1 else None

    def match_report(self, title: str | None, outlet: str | None, date: str | None, cited_only: bool = False) -> str | None:
        """The known report this title, outlet and date name; ``cited_only``: only reports known
        from citations, not yet loaded as articles."""
        match = self._best_report(title, outlet, date, cited_only)
        return match.id if match else None

    def _best_report(self, title: str | None, outlet: str | None, date: str | None, cited_only: bool = False) -> ReportMatch | None:
        if not title:
            return None
        tk = key(title.rstrip(".… "))
        trunc = _truncated(title)
        outlets = {compact(outlet), ""} if outlet else None
        best: tuple[float, int, str, str] | None = None
        for rep in self._report_candidates(tk, cited_only, trunc):
            if not rep.title_key or (outlets is not None and rep.outlet_key not in outlets):
                continue
            if cited_only and rep.id in self._loaded_reports:
                continue
            if date and rep.date and date[:4] != rep.date[:4]:
                continue
            if trunc or rep.truncated:
                short, long_ = sorted((tk, rep.title_key), key=len)
                score = 100.0 if len(short.split()) >= 3 and long_.startswith(short) else 0.0
                how = "same title" if tk == rep.title_key else "truncated title"
            else:
                score = fuzz.token_sort_ratio(tk, rep.title_key)
                how = "same title" if tk == rep.title_key else "fuzzy title"
                if score < TITLE_FUZZ and date and rep.date == date and score >= 60:
                    score, how = TITLE_FUZZ, "same outlet and day"  # much the same title
            if score >= TITLE_FUZZ and (best is None or (score, -rep.seq) > best[:2]):
                best = (score, -rep.seq, rep.id, how)
        return ReportMatch(best[2], best[3], round(best[0], 1)) if best else None

    def _report_candidates(self, title_key: str, cited_only: bool = False, truncated: bool = False) -> list[KnownReport]:
        """Known reports sharing one of the title's three rarest words, and cut-off titles
        sharing its first word (all reports with that first word, when the title itself is
        cut off). A title that matches at the threshold differs by a few characters, so it
        keeps most of its words. Every list is capped (``MAX_REPORT_POSTINGS``): a word that
        many titles share says little, and the cost of a match must not grow with the store."""
        index = self._cited_by_token if cited_only else self._reports_by_token
        tokens = [t for t in set(title_key.split()) if t in index]
        rare = sorted(tokens, key=lambda t: (len(index[t]), t))[:3]
        found = {rep.seq: rep for t in rare for rep in index[t]}
        found.update((rep.seq, rep) for rep in self._reports_by_title.get(title_key, ()))
        first = title_key.split()[:1]
        if first:
            by_first = self._reports_by_first_word if truncated else self._truncated_by_first_word
            found.update((rep.seq, rep) for rep in by_first.get(first[0], ()))
        return [found[k] for k in sorted(found)]


# the most reports one word or first word points to: the earliest are kept, as ties go to them
MAX_REPORT_POSTINGS = 500


def _post(bucket: list[KnownReport], rep: KnownReport) -> None:
    if len(bucket) < MAX_REPORT_POSTINGS:
        bucket.append(rep)


def _own_report_id(title: str | None, outlet: str | None, url_key: str, raw: str) -> str:
    """The id a citation's own fields give its report: title and outlet, else its url, else
    the words as printed."""
    if title:
        return stable_id("report", key(title.rstrip(".… ")), compact(outlet))
    if url_key:
        return stable_id("report", url_key)
    return stable_id("report", key(raw))


def _truncated(title: str | None) -> bool:
    return bool(title) and title.rstrip().endswith(("...", "…"))


def _url_key(url: str | None) -> str:
    if not url:
        return ""
    u = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return u.rstrip("/")


def _person_key(name: str) -> str:
    words = [w for w in key(name).split() if len(w) > 1]  # middle initials do not tell people apart
    return " ".join(words)


def _display_outlet(name: str) -> str:
    name = " ".join(name.split()).strip(" .,")
    if name.lower().startswith("the "):
        return "The " + name[4:]
    return name
