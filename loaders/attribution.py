"""Who said a quotation, and where: speaker and outlet from the words around it.

Reads the clause after the closing mark (", said Heyrani", "Negar replied", "X told The
Intercept") and the clause before the opening mark ("According to X,", "X wrote:",
"commentator Elizabeth Rubin warned that ..."), resolves pronouns and definite descriptions
("he", "the report", "the account") to the nearest fitting name, and keeps an unnamed
speaker as described ("senior Congressional aide"). Returns None rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .letters import letters
from .lexicon import (
    DETERMINERS,
    HONORIFICS,
    PERSON_PRONOUNS,
    PLATFORM_CUES,
    REPORTING_VERBS,
    THING_PRONOUNS,
)
from .names import NameSpan, clean_name, fold_name, is_org, is_outlet_name, looks_like_person, names_in

INTRO_WORDS = frozenset(
    ["in", "on", "at", "after", "before", "during", "since", "following", "according", "as", "when", "while", "once", "back", "last", "this", "earlier", "later", "meanwhile", "however", "also", "yet", "but", "and", "then", "still", "nonetheless", "moreover", "indeed", "more", "recently", "for", "with", "under", "over", "despite", "from", "within", "among", "amid", "instead", "actually", "thus", "therefore", "so", "because", "although", "though", "if", "unlike", "like", "given", "interestingly", "notably", "separately", "similarly", "previously", "now", "today", "here", "there"]
)
FOLLOW_OK = frozenset(
    ["is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "will", "would", "can", "could", "may", "might", "must", "should", "does", "did", "do", "of", "in", "on", "at", "to", "from", "by", "with", "and", "or", "but", "who", "whom", "which", "that", "a", "an", "the", "as", "for", "also", "then", "himself", "herself", "itself", "themselves", "not", "never", "later", "again", "still", "too", "who's"]
) | REPORTING_VERBS
ORG_NOUNS = frozenset(
    ["giant", "company", "firm", "group", "organization", "organisation", "agency", "outlet", "newspaper", "paper", "network", "ministry", "government", "regime", "administration", "department", "council", "committee", "court", "tribunal", "website", "site", "broadcaster", "channel", "party", "movement", "body", "institute"]
)
THING_NOUNS = frozenset(
    ["report", "account", "article", "statement", "piece", "cable", "post", "tweet", "letter", "study", "document", "website", "site", "page", "release", "paper", "blog", "book", "video", "email", "message", "filing", "survey", "analysis", "memo", "note", "editorial", "column", "investigation", "story", "broadcast", "podcast", "show", "interview", "thread", "op-ed", "reply", "response", "answer", "remark", "comment"]
)
PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_EXTRA_VERBS = frozenset({"adding", "claiming", "saying", "noting", "urging", "writing", "revealing", "insisting",
                          "warning", "arguing", "explaining", "identifies", "identified", "describing"})
VERBS = REPORTING_VERBS | _EXTRA_VERBS
_ALPHA = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(letters(r"[A-Za-z][\w’'\-]*"))
_OUTLET_NP = letters(r"((?:the\s+)?(?:[A-Z][\w’'\-.&]*|al-[A-Z][\w\-]*)(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'\-.&]*){0,5})")
_SHOW = re.compile(letters(r"((?:[A-Z][\w\-.]*\s+){0,2}[A-Z][\w\-.]*[’']s\s+(?:show|podcast|program|programme|blog|column|newsletter|channel))"))
def _either_case(words: tuple[str, ...]) -> tuple[str, ...]:
    return words + tuple(w.capitalize() for w in words)


_SAYING = ("wrote", "writes", "writing", "posted", "posting", "said", "saying", "announced", "stated", "published", "appeared", "speaking", "spoke", "tweeted", "reported", "commented", "declared")
_TALKING = ("talked", "spoke", "speaking", "talking", "confirmed", "admitted", "disclosed", "explained", "revealed", "said")
_RELEASED = ("reported", "revealed", "published", "released")
_WORKS = ("investigation", "report", "story", "interview")
# (cue, words one of which it cannot match without): a cue is only tried on text holding one
OUTLET_CUES = [
    (re.compile(p), keys)
    for p, keys in (
        (r"\b[Tt]old\s+" + _OUTLET_NP, ("told", "Told")),
        # "Writing in The Guardian, …": a clause may open with the verb
        (r"\b(?i:" + "|".join(_SAYING) + r")\s+(?:on|in|to)\s+" + _OUTLET_NP, _either_case(_SAYING)),
        (r"\b[Aa]ccording to\s+" + _OUTLET_NP, ("ccording to",)),
        (r"\b(?i:" + "|".join(_TALKING) + r")\s+(?:to|with)\s+" + _OUTLET_NP, _either_case(_TALKING)),
        # "in a 2019 interview with The Atlantic"
        (r"\b[Ii]n an?\s+(?:[\w\-]+\s+){0,2}?(?:interview|conversation|op-ed|column|article|piece|post|statement)\s+(?:with|for|in|on|to)\s+" + _OUTLET_NP, ("in a", "In a")),
        (r"\b(?:quoted|cited)(?:\s+as\s+saying)?\s+by\s+" + _OUTLET_NP, ("quoted", "cited")),
        (r"\b(?:investigation|report|reporting|story|interview)\s+(?:by|in|from)\s+" + _OUTLET_NP, _WORKS),
        (r"\b(?:" + "|".join(_RELEASED) + r")\s+by\s+" + _OUTLET_NP, _RELEASED),
    )
]
_STAFF_WORDS = ("reporter", "correspondent", "columnist", "journalist", "editor", "writer", "contributor", "staff", "reporting")
_STAFF = re.compile(
    letters(r"\b((?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+(?:reporters?|correspondents?|columnists?|journalists?|editors?|writers?|contributors?|staff|reporting)\b")
)
_SHOW_WORDS = ("show", "podcast", "program", "blog", "column", "newsletter", "channel")


def _holds(text: str, words: tuple[str, ...]) -> bool:
    # a plain loop: any() over a generator costs more than the test on this hot path
    for w in words:  # noqa: SIM110
        if w in text:
            return True
    return False


_NAMED = re.compile(letters(r"\b(?:named|called)\s+([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"))
_APPOSITIVE = re.compile(letters(r"\s*(?:[a-z][\w\-]*\s+){0,3}((?:[A-Z][\w’'\-]*\.?\s+){1,2}[A-Z][\w’'\-]+)\s*"))
_NAME_SAID = re.compile(letters(r"\s*(?:[A-Z][\w’'\-.]*\s+){1,3}(?:said|says|told|wrote|writes|added|asked|replied)\b"))
_ACCORDING_BEFORE = re.compile(letters(r"\b[Aa]ccording to\s+([^,:]+(?:,\s*[A-Z][^,:]*)?)[,:]?\s*$"))
_ABBREVIATION_DOT = re.compile(letters(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rep|Sen|Gen|Gov|Col|Lt|[A-Z])\."))
_NEW_SENTENCE = re.compile(letters(r"[.!?]\s+[A-Z]"))
_BY_AGENT = re.compile(letters(r"\bby\s+([A-Z][^,.;:]*)"))


@dataclass(slots=True)
class Speaker:
    name: str | None
    kind: str | None  # "named" | "described" | "pronoun" | "anaphor" | None
    noun: str | None = None  # head noun of an anaphor ("report")
    pronoun: str | None = None
    # the anaphor's own words, kept when it names someone's office or role ("the
    # comptroller's office", "the city's lawyer"): unless its noun finds an antecedent it is a
    # new speaker, not whoever spoke last. None for "the report", "the company", "the
    # character", which look back.
    described: str | None = None


@dataclass(slots=True)
class Attribution:
    speaker: str | None
    kind: str | None
    outlet: str | None
    evidence: str | None


# ---------------------------------------------------------------- clause reading


def is_modifier(text: str, end: int) -> bool:
    """A name used as an adjective ("the Alavi account", "a Congressional aide")."""
    m = re.match(r"[ \t]+([a-z][\w\-]*)", text[end : end + 40])
    if not m:
        return False
    w = m.group(1)
    return w not in FOLLOW_OK and not w.endswith("ly")


_SEPARATOR = re.compile(r"[,—();:]|–(?=\s)|(?<=\s)–")


def _segments(clause: str) -> list[tuple[int, str]]:
    """The clause cut at commas, dashes, brackets, semicolons and colons (and the spaces
    around them). The separator is found first and the spaces read outwards from it: a
    pattern opening with ``\\s*`` would be tried at every offset."""
    out, pos = [], 0
    n = len(clause)
    for m in _SEPARATOR.finditer(clause):
        a, b = m.start(), m.end()
        if a < pos:
            continue
        while a > pos and clause[a - 1].isspace():
            a -= 1
        while b < n and clause[b].isspace():
            b += 1
        seg = clause[pos:a]
        if seg.strip():
            out.append((pos, seg))
        pos = b
    if clause[pos:].strip():
        out.append((pos, clause[pos:]))
    return out


_CLAUSE_AFTER_PARTICIPLE = frozenset({"whether", "if", "about", "by", "for", "on", "to", "why", "what", "how", "when", "at", "in", "after"})


def _is_intro(seg: str) -> bool:
    words = seg.split()
    if not words:
        return True
    first = words[0].lower().strip("“”\"'‘’…")
    if first in INTRO_WORDS or (words[0][:1].isupper() and first.endswith("ing") and len(first) > 5):
        return True
    if words[0][:1].isupper() and first.endswith("ed") and len(first) > 4 and len(words) > 1 and words[1].lower() in _CLAUSE_AFTER_PARTICIPLE:
        return True  # "Asked whether …,", "Reached by phone,", "Pressed on the point,"
    return not re.search(r"[A-Za-z]{2}", seg) or bool(re.fullmatch(r"[\d\s,.\-–]+", seg))


def _good_names(text: str, offset: int = 0) -> list[NameSpan]:
    out = []
    for n in names_in(text):
        if n.possessive or re.fullmatch(r"[\d\s]+", n.text):
            continue
        if is_modifier(text, n.end):
            continue
        out.append(NameSpan(n.text, n.start + offset, n.end + offset, False))
    return out


def _modifier_names(text: str) -> list[str]:
    return [n.text for n in names_in(text) if not n.possessive and is_modifier(text, n.end)]


def _split_and(name: str) -> list[str]:
    parts = re.split(r"\s+and\s+", name)
    if len(parts) > 1 and all(1 <= len(p.split()) <= 3 and not is_org(p) for p in parts):
        return parts
    return [name]


@lru_cache(maxsize=65536)
def strip_roles(name: str) -> str:
    """ "US Director of Intelligence John Ratcliffe" -> "John Ratcliffe"."""
    words = name.split()
    last_role = -1
    for i, w in enumerate(words[:-1]):
        if w.lower().strip(".") in HONORIFICS:
            last_role = i
    if last_role >= 0:
        rest = words[last_role + 1 :]
        if len(rest) >= 3 and rest[0] in ("of", "for"):
            rest = rest[2:]
        if rest:
            words = rest
    return clean_name(" ".join(words))


# a named person's or body's words: "Farouk’s reply", "the ministry’s latest statement"
_OWNER = re.compile(letters(r"((?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*)[’']s\s+"))
def owned_thing(phrase: str) -> str | None:
    """Whose words a phrase names: "Farouk’s reply" -> "Farouk"; None for "Smith’s lawyer"
    (a person of Smith's, who speaks for themself)."""
    m = _OWNER.match(phrase.strip())
    if m is None:
        return None
    for w in phrase.strip()[m.end() :].split()[:3]:  # "Smith’s (latest) tweet (was deleted)"
        word = w.strip(",.;:")
        if word.lower().rstrip("s") in THING_NOUNS:
            return strip_roles(m.group(1))
        if not word.islower():
            break
    return None


_TRAILING_ADVERBS = frozenset({"also", "then", "later", "again", "has", "had", "have", "once", "too"})
_ORIGIN = re.compile(rf"^(?:an?|the)\s+(?:[\w\-]+\s+)?(?:{'|'.join(sorted(THING_NOUNS))})s?\s+(?:from|by|of)\s+(.+)$", re.I)


def _without_trailing_adverb(clause: str) -> str:
    """ "Heyrani also" -> "Heyrani", "the report previously" -> "the report"."""
    parts = clause.rsplit(None, 1)
    if len(parts) == 2 and clause[-1:] == parts[1][-1:]:
        last = parts[1]
        if last in _TRAILING_ADVERBS or (last.endswith("ly") and len(last) > 2 and last.isascii() and last.isalpha() and last.islower()):
            return parts[0]
    return clause


def subject_of(clause: str) -> Speaker:
    """The speaker a clause names (its grammatical subject, appositives dropped)."""
    clause = clause.strip(" ,;:—–")
    clause = _without_trailing_adverb(clause)
    segs = _segments(clause)
    if not segs:
        return Speaker(None, None)
    if segs[-1][1].strip().lower() in ("who", "which", "that") and len(segs) >= 2:
        names = _good_names(segs[-2][1]) or [n for n in names_in(segs[-2][1]) if not n.possessive]
        if names:
            return Speaker(strip_roles(names[-1].text), "named")
        segs = segs[:-1]
    while len(segs) > 1 and _is_intro(segs[0][1]):
        segs.pop(0)
    appositive = _appositive_name(segs)
    if appositive:
        return Speaker(appositive, "named")
    head = re.split(r"\s+(?:who|which|whom|whose)\b", segs[0][1])[0].strip(" “”\"")
    named = _NAMED.search(head)
    if named:
        return Speaker(clean_name(named.group(1)), "named")
    agent = re.search(r"\bby\s+(.+)$", head)
    if agent and _good_names(agent.group(1)):
        head = agent.group(1)
    origin = _ORIGIN.match(head)
    if origin:
        inner = subject_of(origin.group(1))
        if inner.kind in ("pronoun", "anaphor"):  # "from the city's finance office": a description
            kept = [w for w in _TOKEN.findall(origin.group(1)) if w.lower() not in DETERMINERS]
            return Speaker(" ".join(kept[:7]), "described") if kept else Speaker(None, None)
        if inner.kind is not None:
            return inner
    # the noun phrase ends where a prepositional or time phrase begins
    head = re.split(r"\s+(?:in|on|at|during|since|over|after|before|from|last|this|next|earlier|on)\s+(?=[\w“])", head)[0]
    first_word = (_TOKEN.findall(head)[:1] or [""])[0].lower()
    if first_word in PERSON_PRONOUNS | THING_PRONOUNS and first_word != "this":
        return Speaker(None, "pronoun", pronoun=first_word)
    owner = owned_thing(head)
    if owner:
        return Speaker(owner, "named")  # "Farouk’s reply, posted on Facebook, read:"
    names = _good_names(head)
    if names:
        candidates = [p for n in names for p in _split_and(n.text)]
        if len(candidates) > 1 and all(not is_org(c) for c in candidates) and " and " in head:
            return Speaker(" and ".join(strip_roles(c) for c in candidates[:2]), "named")
        people = [c for c in candidates if not is_org(c)]
        return Speaker(strip_roles((people or candidates)[0]), "named")
    words = list(_TOKEN.findall(head))
    # without names, the subject ends at the first word that reads as its verb ("The report draws")
    for k in range(2, len(words) - 1):  # a verb has words after it ("The report draws attention")
        w = words[k]
        if w in VERBS or (w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is")) and "’" not in w):
            head = head[: head.find(w, sum(len(x) for x in words[:k]))].strip()
            words = words[:k]
            break
    if not words:
        return Speaker(None, None)
    low = [w.lower() for w in words]
    if low[0] in PERSON_PRONOUNS | THING_PRONOUNS and (len(words) <= 2 or low[0] != "this"):
        return Speaker(None, "pronoun", pronoun=low[0])
    definite = low[0] in ("the", "this", "that", "its", "his", "her", "their", "these", "those")
    possessor = re.search(r"\b([a-z][\w\-]*)[’']s\s+[a-z][\w\-]*$", head)
    noun = possessor.group(1) if possessor else _head_noun(head)
    for mod in _modifier_names(head):
        after = head[head.find(mod) + len(mod) :].split()
        if after and after[0].lower().rstrip("s") in THING_NOUNS | {after[0].lower()} and after[0].lower().rstrip("s") in THING_NOUNS:
            return Speaker(clean_name(mod), "named")
    if low[0] in ("a", "an") and noun in THING_NOUNS:
        return Speaker(None, None)  # "a statement said": someone new, not named
    if definite or noun in THING_NOUNS:
        if len(segs) > 1 and _pure_name(segs[1][1]):
            return Speaker(clean_name(segs[1][1]), "named")
        kind = "it" if noun in THING_NOUNS or noun in ORG_NOUNS or possessor else "he"
        looks_back = possessor is None or noun in THING_NOUNS or noun in ORG_NOUNS
        kept = [w for w in words if w.lower() not in DETERMINERS and w.lower() not in ("its", "his", "her", "their")]
        return Speaker(None, "anaphor", noun=noun, pronoun=kind, described=None if looks_back else " ".join(kept[:7]) or None)
    if len(segs) > 1 and _pure_name(segs[1][1]):
        return Speaker(clean_name(segs[1][1]), "named")
    kept = [w for w in words if w.lower() not in DETERMINERS]
    if not kept or len(kept) > 7:
        return Speaker(None, None)
    return Speaker(" ".join(kept), "described")


def _appositive_name(segs: list[tuple[int, str]]) -> str | None:
    """ "Its author, economist Raj Mehta," / "The company's lawyer, Sarah Kim,": a nameless
    description, then the person it is, named in full after a comma."""
    if len(segs) < 2 or names_in(segs[0][1]):
        return None
    m = _APPOSITIVE.fullmatch(segs[1][1])
    if m is None or is_org(m.group(1)) or not looks_like_person(m.group(1)):
        return None
    return clean_name(m.group(1))


def _head_noun(phrase: str) -> str | None:
    words = [w.lower().strip("’'s") if w.endswith(("’s", "'s")) else w.lower() for w in _TOKEN.findall(phrase)]
    for w in reversed(words):
        if w in DETERMINERS:
            continue
        if w.rstrip("s") in THING_NOUNS:  # "report", "post", "tweet": nouns here, though verbs elsewhere
            return w.rstrip("s")
        if w not in FOLLOW_OK:
            return w
    return None


def _pure_name(seg: str) -> bool:
    seg = seg.strip()
    names = names_in(seg)
    return (
        len(names) == 1
        and clean_name(names[0].text) == clean_name(seg).strip()
        and names[0].text.split()[-1] == seg.split()[-1]
        and not names[0].possessive
        and len(seg.split()) <= 5
    )


def outlet_cue(text: str, known_outlets: set[str]) -> str | None:
    """An explicit tie of the words to a publication: "told The Intercept", "wrote on Lobelog"."""
    best: tuple[int, str] | None = None
    for rx, keys in OUTLET_CUES:
        if not _holds(text, keys):
            continue
        for m in rx.finditer(text):
            cand = _outlet_candidate(text, m.start(1), m.group(1), known_outlets)
            if cand and (best is None or m.start() < best[0]):
                best = (m.start(), cand)
    staff = _STAFF.search(text) if _holds(text, _STAFF_WORDS) else None
    if staff and (best is None or staff.start() < best[0]):
        cand = _outlet_candidate(text, staff.start(1), staff.group(1), known_outlets)
        if cand:
            best = (staff.start(), cand)
    show = _SHOW.search(text) if _holds(text, _SHOW_WORDS) else None
    if show and (best is None or show.start() < best[0]):
        words = show.group(1).split()
        best = (show.start(), " ".join(words[-3:]) if len(words) > 3 else show.group(1))
    return best[1] if best else None


def _outlet_candidate(text: str, start: int, np: str, known: set[str]) -> str | None:
    show = _SHOW.match(text, start) or _SHOW.match(text, start + (4 if text.startswith("the ", start) else 0))
    if show:
        words = show.group(1).split()
        return " ".join(words[-3:]) if len(words) > 3 else show.group(1)
    np = re.sub(r"[’']s$", "", np.strip(" .,"))
    words = np.split()
    # shrink from the right until it reads as an outlet ("The Intercept in" → "The Intercept")
    for k in range(len(words), 0, -1):
        cand = " ".join(words[:k])
        if is_outlet_name(cand) or fold_name(cand) in known:
            return cand
    return None


_PLATFORM_VERBS = frozenset({"tweet", "tweets", "tweeted", "retweeted"})
_PLATFORM_NOUNS = frozenset({"post", "posts", "video", "page", "live", "story", "stories", "thread", "account", "channel", "message", "reel"})


def platform_cue(text: str) -> str | None:
    """ "tweeted", "wrote on Facebook", "in an Instagram post": the platform the words were
    posted on. A platform named as an employer ("a former Facebook engineer") is none."""
    words = _ALPHA.findall(text)
    for i, w in enumerate(words):
        low = w.lower()
        hit = PLATFORM_CUES.get(low)
        if hit is None:
            continue
        before = {x.lower() for x in words[max(0, i - 3) : i]}
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if low in _PLATFORM_VERBS or before & {"on", "via", "to"} or after in _PLATFORM_NOUNS:
            return hit
    return None




# ---------------------------------------------------------------- finding the attribution clause


def after_clause(masked: str, start: int, end: int, quote_text: str) -> tuple[str, int] | None:
    """The attribution clause after a closing mark, if the sentence goes on after the quote."""
    seg = masked[start:end]
    m = re.match(r"[\s,;:—–\-]*(?:\[\^?[\d,\s–-]+\]|\d{1,3}(?=\s))?[\s,;:—–\-]*", seg)
    off = m.end() if m else 0
    rest = seg[off:]
    if not rest.strip() or rest.lstrip()[:1] in ".!?":
        return None
    if quote_text.rstrip("”’\"' ").endswith((".", "!", "?", "…")) and rest.lstrip()[:1].isupper():
        # the quotation ended its sentence: only "“…” Heyrani said." style clauses follow it
        if not _NAME_SAID.match(rest):
            return None
    # stop at the end of the sentence
    stop = re.search(r"[.!?](?:\s|$)|[“\"‘]", rest)
    if stop:
        rest = rest[: stop.start()]
    return rest, start + off


def _looks_attribution(rest: str) -> bool:
    words = _TOKEN.findall(rest[:120])
    return any(w.lower() in VERBS for w in words[:8])


def read_after(clause: str) -> tuple[Speaker | None, str]:
    """ ", said Heyrani, who ..." / "Negar replied" / "a senior aide told The Independent"."""
    tokens = list(_TOKEN.finditer(clause))
    if not tokens:
        return None, ""
    first = tokens[0].group(0)
    if first.lower() == "according" and len(tokens) > 1 and tokens[1].group(0).lower() == "to":
        np = clause[tokens[1].end() :]
        return subject_of(np), clause
    if first in VERBS:
        np = clause[tokens[0].end() :]
        np = re.split(r",\s*(?:who|which|adding|according|as|in|on|after|before)\b", np)[0]
        return subject_of(np), clause
    for i, t in enumerate(tokens[:30]):
        w = t.group(0)
        if w in VERBS and i > 0:
            np = clause[: t.start()]
            if re.search(r"\b(?:that|because|if|when)\s*$", np):
                return None, ""
            prev = tokens[i - 1].group(0).lower()
            if prev in PASSIVE_AUX:
                return Speaker(None, None), clause
            return subject_of(np), clause
    return None, ""


def read_before(clause: str, from_colon_sentence: bool = False) -> tuple[Speaker | None, str]:
    """ "According to X, " / "X wrote: " / "commentator Elizabeth Rubin warned that the MEK "."""
    if not clause.strip():
        return None, ""
    acc = _ACCORDING_BEFORE.search(clause) if "ccording to" in clause else None
    if acc:
        return subject_of(acc.group(1)), clause
    tokens = list(_TOKEN.finditer(clause))
    for i in range(len(tokens) - 1, -1, -1):
        w = tokens[i].group(0)
        if w not in VERBS:
            continue
        gap = clause[tokens[i].end() :]
        gap_no_abbr = _ABBREVIATION_DOT.sub("", gap)
        if len(_TOKEN.findall(gap)) > 20 or _NEW_SENTENCE.search(gap_no_abbr):
            break
        before_verb = tokens[i - 1].group(0).lower() if i > 0 else ""
        if before_verb in ("it", "he", "she", "they") and w in ("read", "reads", "said", "says"):
            return Speaker(None, "pronoun", pronoun=before_verb), clause  # "A screenshot shows it read:"
        if i > 0 and tokens[i - 1].group(0).lower() in PASSIVE_AUX:
            agent = _BY_AGENT.search(gap)
            return (subject_of(agent.group(1)) if agent else Speaker(None, None)), clause
        subj = subject_of(clause[: tokens[i].start()])
        if subj.kind is None and w in ("adding", "saying", "claiming", "noting", "writing", "urging"):
            continue
        return subj, clause
    bare = clause.strip(" ,:;—–")
    if bare and (clause.rstrip().endswith((",", ":")) or from_colon_sentence):
        if _pure_name(bare) or _pure_name(clean_name(bare)):
            return Speaker(clean_name(bare), "named"), clause
        if from_colon_sentence:
            names = [n for n in _good_names(bare) if not is_org(n.text)] or _good_names(bare)
            # the name opening the sentence is its subject whatever verb follows ("Gonzalez put it bluntly:")
            names = names or [n for n in names_in(bare)[:1] if n.start == len(bare) - len(bare.lstrip()) and not n.possessive]
            if names:
                return Speaker(strip_roles(names[0].text), "named"), clause
    return None, ""
