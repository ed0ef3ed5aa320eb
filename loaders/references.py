"""The article's own numbered reference list: where it is, and what each entry says.

Entries are cut into fields by position, the way citation styles print them:
authors first, then the title, then the outlet, with the date wherever it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates
from .letters import letters
from .model import Reference
from .names import given_names, is_org, is_outlet_name, looks_like_person, person_from_citation

HEADING_RE = re.compile(
    r"^\s*(?:#+\s*)?(?:references?|notes?|sources?|end\s*notes?|footnotes?|citations?|bibliography|works cited)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# "[1] text", "[1]text", "[^1]: text" anywhere; "1. text" / "1) text" only under a heading
BRACKET_ENTRY_RE = re.compile(r"^[ \t]*\[\^?(\d{1,3})\]:?[ \t]*(\S.*)$", re.MULTILINE)
# "¹ text": notes numbered as the markers in the body are
SUPERSCRIPT_ENTRY_RE = re.compile(r"^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]*(\S.*)$", re.MULTILINE)
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# "1. …", "1) …", "(1) …", "1- …", "1: …"
NUMBER_ENTRY_RE = re.compile(r"^[ \t]*\(?(\d{1,3})(?:[.):]|[ \t]*[-–])[ \t]+(\S.*)$", re.MULTILINE)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:)\]]")
IBID_RE = re.compile(r"^\s*(?:ibid|ibidem|id)\b\.?", re.IGNORECASE)
# a title in quote marks, each opener with its own closer: “Iran’s troll army” keeps its
# apostrophe, and a ‘…’ title ends at a ’ that no letter follows
QUOTED_TITLE_RE = re.compile(r"[“\"‘]((?<=“)[^“”]{3,}?(?=”)|(?<=\")[^\"]{3,}?(?=\")|(?<=‘)(?:[^‘’]|’(?=\w)){3,}?(?=’(?!\w)))[”\"’]")
# *Title* or _Title_ (Markdown, or HTML italics as the HTML reader writes them)
EMPHASIS_RE = re.compile(r"(?<![\w*])[*_]([^*_]{3,}?)[*_](?![\w*])")


@dataclass(slots=True)
class ReferenceList:
    start: int  # where the list (or its heading) begins; the body ends here
    end: int
    references: list[Reference]


def find_reference_list(text: str) -> ReferenceList | None:
    """The last run of numbered entries that reads as a reference list, or None."""
    lines = _lines(text)
    blocks: list[tuple[int, int, list[tuple[int, str, int, int]], bool]] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        heading = bool(HEADING_RE.match(line))
        j = i + 1 if heading else i
        entries: list[tuple[int, str, int, int]] = []
        while j < len(lines):
            s, e, ln = lines[j]
            m = BRACKET_ENTRY_RE.match(ln) or SUPERSCRIPT_ENTRY_RE.match(ln) or (heading and NUMBER_ENTRY_RE.match(ln))
            if m:
                entries.append((int(m.group(1).translate(SUPERSCRIPT_DIGITS)), m.group(2).strip(), s, e))
                j += 1
            elif not ln.strip():
                j += 1
            elif entries and ln[:1] in " \t":  # an indented continuation line
                n, raw, s0, _ = entries[-1]
                entries[-1] = (n, f"{raw} {ln.strip()}", s0, e)
                j += 1
            else:
                break
        if entries and _reads_as_list(entries, heading):
            blocks.append((start if heading else entries[0][2], entries[-1][3], entries, heading))
            i = j
        else:
            i += 1
    if not blocks:
        return None
    headed = [b for b in blocks if b[3]]
    start, end, entries, _ = (headed or blocks)[-1]
    refs = [parse_reference(n, raw, s, e) for n, raw, s, e in entries]
    _resolve_ibid(refs)
    return ReferenceList(start, end, refs)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _reads_as_list(entries: list[tuple[int, str, int, int]], heading: bool) -> bool:
    numbers = [n for n, *_ in entries]
    increasing = all(b > a for a, b in zip(numbers, numbers[1:], strict=False))
    if not increasing:
        return False
    return heading or len(entries) >= 2 or numbers[0] == 1


def _resolve_ibid(refs: list[Reference]) -> None:
    last_real: int | None = None
    for ref in refs:
        if IBID_RE.match(ref.raw):
            ref.ibid_of = last_real
        else:
            last_real = ref.n


def parse_reference(n: int, raw: str, start: int = 0, end: int = 0) -> Reference:
    """Cut one entry into authors, title, outlet, date and URL."""
    ref = Reference(n=n, raw=raw, start=start, end=end)
    if IBID_RE.match(raw):
        return ref
    urls = URL_RE.findall(raw)
    if urls:
        ref.url = urls[0]
    rest = URL_RE.sub(" ", raw)
    rest = re.sub(r"\b(?:accessed|retrieved|archived|available at)\b[^,.;]*", " ", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b(?:doi|DOI):\s*\S+", " ", rest)
    author_date = AUTHOR_DATE_RE.match(rest)
    if author_date:
        _author_date_fields(ref, author_date)
        return ref
    dates = find_dates(rest)
    if dates:
        # the most specific date: full dates beat month-year beat a bare year
        s, e, iso = max(dates, key=lambda d: (len(d[2]), -d[0]))
        ref.date = iso
        s, e = _imprint_around(rest, s, e)
        rest = rest[:s] + " " + rest[e:]
    rest = re.sub(r"\(\s*\)", " ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" ,.;:-–")
    rest = _PAGES_AT_END.sub("", rest).strip(" ,.;:-–")
    if not rest:
        return ref
    rest = _SEE_ALSO.sub("", rest)
    mla = MLA_AUTHOR_RE.match(rest)
    if mla:
        _mla_fields(ref, mla, rest[mla.end() :])
        return ref
    quoted = QUOTED_TITLE_RE.search(rest)
    emphasis = EMPHASIS_RE.search(rest)
    if quoted:
        _fields_around_quoted_title(ref, rest, quoted)
        if emphasis and emphasis.start() > quoted.end():  # “Title,” *Journal*: italics name the publication
            ref.outlet = emphasis.group(1).strip(" ,.")
    elif emphasis:  # Org, *Title*, date: italics alone name a work that stands by itself
        _fields_around_quoted_title(ref, rest, emphasis)
    elif "," not in rest and _outlet_in_web_title(ref, rest):
        pass
    else:
        _fields_from_segments(ref, [s.strip(" .") for s in _split_segments(rest)])
    return ref


# APA and Harvard: "Yusuf, A., & Mensah, K. (2019, May 3). Title. *Journal*, 4(2)." or
# "Associated Press. (2021, November 2). Title." or "Hussain, M. (2019) 'Title', Outlet, 9 June."
AUTHOR_DATE_RE = re.compile(
    r"^\s*(?P<authors>[^()“”\"]{2,160}?)\s*\((?P<year>(?:1[89]|20)\d\d)[a-z]?(?:,\s*(?P<when>[^()]{3,30}))?\)\.?\s*(?P<rest>.*)$",
    re.S,
)
APA_AUTHOR_RE = re.compile(letters(r"([A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+){0,2}),\s*((?:[A-Z]\.\s?(?:-[A-Z]\.)?\s?)+)"))


def _author_date_fields(ref: Reference, m: re.Match[str]) -> None:
    """Author-date styles: authors, then the year (and day) in brackets, then title and source."""
    year, when, rest = m.group("year"), m.group("when"), m.group("rest").strip()
    dates = find_dates(f"{when}, {year}") if when else []
    ref.date = dates[0][2] if dates and dates[0][2].startswith(year) else year
    people = APA_AUTHOR_RE.findall(m.group("authors"))
    authors = m.group("authors").strip(" ,.;")
    if people:
        ref.authors = [person_from_citation(f"{last}, {initials.strip()}") for last, initials in people]
    elif is_outlet_name(authors):
        ref.outlet = authors  # "Associated Press. (2021, …)": the agency is the publication
    else:
        ref.authors = _split_authors(authors)
    quoted = QUOTED_TITLE_RE.match(rest) or re.match(r"'([^']{3,}?)'(?=\s*[,.])", rest)
    if quoted:  # Harvard: 'Title', Outlet, 9 June.
        _fields_around_quoted_title(ref, rest, quoted)
        if not when:
            for seg in _split_segments(rest[quoted.end() :]):
                found = find_dates(f"{seg.strip(' .*_')} {year}")
                if found and found[0][2].startswith(year) and len(found[0][2]) > 4:
                    ref.date = found[0][2]
                    break
        return
    # APA: Title. *Source*, volume(issue), pages.  (a title may end in ? or !)
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+(?=[*_A-Z])", rest) if p.strip(" .")]
    if parts:
        ref.title = parts[0].strip(" .*_") or None
    if len(parts) > 1:
        source = _split_segments(parts[1].strip(" ."))[0].strip(" .*_")
        if _is_name_like(source):
            ref.outlet = ref.outlet or source


_IMPRINT = re.compile(r"\([^()]*\)")
# ", 14." / ", pp. 14–15" / ", p. 3": the page cited, after everything else
_PAGES_AT_END = re.compile(r",\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?$")


# "Report 2022-17", "Working Paper No. 12", "Vol. 3": a document's number, not its publisher
_DESIGNATOR = re.compile(r"(?:[A-Z][a-z]*\.?\s+){1,2}(?:No\.?\s*)?\d[\w./-]*$")


# "See generally:", "See also", "Cf." open a note without being part of the citation
_SEE_ALSO = re.compile(r"^(?:(?:see|cf\.?)(?:\s+(?:also|generally|e\.g\.))?[,:]?\s+)", re.IGNORECASE)


# MLA: "Noble, Safiya Umoja. Algorithms of Oppression. NYU Press, 2018." — the surname, a
# comma, the given names and a full stop: the sentences after it are title and container
MLA_AUTHOR_RE = re.compile(letters(r"([A-Z][\w’'\-]+(?:[ -][A-Z][\w’'\-]+)?),\s+((?:[A-Z][\w’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]+|[A-Z]\.)){0,2}?)(?:(?<=\.)|\.)\s+(?=[“\"*_A-Z])"))


def _mla_fields(ref: Reference, author: re.Match[str], rest: str) -> None:
    ref.authors = [person_from_citation(f"{author.group(1)}, {author.group(2)}")]
    titled = QUOTED_TITLE_RE.match(rest) or EMPHASIS_RE.match(rest)
    if titled:
        title, after = titled.group(1), rest[titled.end() :]
    else:
        title, _, after = rest.partition(". ")
    ref.title = title.strip(" ,.*_") or None
    container = _split_segments(after.strip(" .,"))
    if container:
        outlet = re.sub(r"^(?:in|on)\s+", "", container[0].strip(" .*_"))
        if _is_name_like(outlet, strict=True):
            ref.outlet = outlet


def _imprint_around(text: str, s: int, e: int) -> tuple[int, int]:
    """The span to cut for a date: the whole "(Albany: State Press, 2022)" when the date is
    the year of a book's imprint in brackets, else the date itself."""
    for m in _IMPRINT.finditer(text, max(0, s - 80), min(len(text), e + 80)):
        if m.start() < s and e < m.end():
            return m.start(), m.end()
    return s, e


def _split_segments(text: str) -> list[str]:
    """Split on commas, except commas inside brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p for p in (p.strip() for p in parts) if p]


# "John Doe": a given name and a surname, nothing that reads as a publication's name
_PERSON_NAME = re.compile(letters(r"[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+"))
_TRAILING_PARENTHESIS = re.compile(r"(.*?)\s*\(([^()]+)\)$")
# "Reuters: Title" / "Title - The Intercept" / "Title | Al Jazeera": how web pages title themselves
_OUTLET_COLON = re.compile(r"([^:,]{2,40}):\s+(.+)$")
_OUTLET_SUFFIX = re.compile(r"(.+?)\s+[-–—|]\s+([^-–—|]{2,40})$")


def _outlet_in_web_title(ref: Reference, rest: str) -> bool:
    """A page title with its site: "Reuters: Exiled group ran fake accounts", "Inside the
    troll farm - The Intercept". Only a name known as an outlet counts."""
    m = _OUTLET_SUFFIX.match(rest)
    if m and is_outlet_name(m.group(2).strip()):
        ref.title, ref.outlet = m.group(1).strip(" ,.") or None, m.group(2).strip()
        return True
    m = _OUTLET_COLON.match(rest)
    if m and is_outlet_name(m.group(1).strip()):
        ref.outlet, ref.title = m.group(1).strip(), m.group(2).strip(" ,.") or None
        return True
    return False


def _fields_around_quoted_title(ref: Reference, rest: str, quoted: re.Match[str]) -> None:
    ref.title = quoted.group(1).strip(" ,.")
    before = rest[: quoted.start()].strip(" ,.;:")
    after = rest[quoted.end() :].strip(" ,.;:")
    for seg in _split_segments(after):
        seg = re.sub(r"^(?:in|on)\s+", "", seg.strip(" .*_"))
        if _is_name_like(seg):
            ref.outlet = seg
            break
    if before:
        paren = _TRAILING_PARENTHESIS.match(before)
        if paren and (is_outlet_name(paren.group(2)) or _is_name_like(paren.group(2), strict=True)):
            before = paren.group(1)  # "Jane Roe (The Guardian), “Title”"
            ref.outlet = ref.outlet or paren.group(2)
        if ref.outlet is None and is_outlet_name(before):
            ref.outlet = before  # "Reuters, “Title”, date": the agency is the publication
        else:
            ref.authors = _split_authors(before)


def _split_authors(text: str) -> list[str]:
    text = re.sub(r"\bet al\.?", "", text).strip(" ,.;")
    if ";" in text:
        return [person_from_citation(a) for a in text.split(";") if a.strip()]
    parts = re.split(r"\s+(?:and|&)\s+", text)
    out = []
    for p in parts:
        p = p.strip(" ,").lstrip(".")  # a trailing stop is the citation's, unless an initial's
        if p:
            out.append(person_from_citation(p))
    return out


def _is_name_like(seg: str, strict: bool = False) -> bool:
    """A short capitalised segment: an outlet, a person, an organisation. ``strict`` (for
    outlets) wants most content words capitalised, so a sentence-case title is not taken."""
    words = seg.split()
    if not 1 <= len(words) <= 6 or seg.endswith("?"):
        return False
    small = {"of", "the", "and", "for", "on", "in", "de", "al", "&", "du", "des", "la", "le"}
    content = [w for w in words if w.lower() not in small]
    if not content or not (words[0][:1].isupper() or words[0].lower() == "the"):
        return False
    if not strict:
        return True
    caps = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return len(caps) * 3 >= len(content) * 2  # "Informed Comment", not "Statement on vaccine rumours"


def _fields_from_segments(ref: Reference, segs: list[str]) -> None:
    if not segs:
        return
    # "Last, First, ..." → a person author
    i = 0
    authors: list[str] = []
    if len(segs) >= 3 and len(segs[0].split()) <= 3 and given_names(segs[1]) and _is_name_like(segs[0]):
        authors.append(person_from_citation(f"{segs[0]}, {segs[1]}"))
        i = 2
    rest = segs[i:]
    if not authors and len(rest) >= 2 and is_outlet_name(rest[0]) and not any(is_outlet_name(x) for x in rest[1:]):
        ref.outlet, ref.title = rest[0], ", ".join(rest[1:])  # "Balkans Post, Why the MEK matters, …"
        return
    # the outlet: the last name-like segment, skipping qualifiers that repeat it ("X Website")
    outlet_idx = None
    for k in range(len(rest) - 1, 0, -1):
        if not _is_name_like(rest[k], strict=True) or _DESIGNATOR.match(rest[k]):
            break
        if k > 0 and rest[k - 1] and rest[k - 1].lower() in rest[k].lower() and _is_name_like(rest[k - 1]):
            continue
        outlet_idx = k
        break
    if outlet_idx is None and not authors and len(rest) >= 2 and _is_name_like(rest[0]) and len(rest[0].split()) <= 4:
        # "Outlet, Title, Date": a lone name in front with nothing name-like at the end
        if is_outlet_name(rest[0]) or (len(rest[0].split()) <= 2 and not (looks_like_person(rest[0]) and _PERSON_NAME.fullmatch(rest[0]))):
            ref.outlet = rest[0]
            ref.title = ", ".join(rest[1:]) or None
            ref.authors = authors
            return
    if outlet_idx is not None:
        ref.outlet = rest[outlet_idx]
        body = rest[:outlet_idx]
    else:
        body = rest
    author_words = 6 if is_org(body[0]) else 4 if body else 0  # "Office of the State Comptroller"
    if not authors and len(body) >= 2 and _is_name_like(body[0]) and len(body[0].split()) <= author_words and not body[1][:1].islower():
        authors = _split_authors(body[0])
        body = body[1:]
    ref.authors = authors
    ref.title = ", ".join(body) or None
