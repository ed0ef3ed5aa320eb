"""Reference lists as archived and published pages print them: hard-wrapped, numbered in
many ways, with or without a heading. The list is read by its own numbering (n, n+1, …),
and each entry's fields come from its shape, not from where its lines break."""

from __future__ import annotations

from pathlib import Path

import pytest
from provgraph.loaders import extract_file, extract_text
from provgraph.loaders.rules import find_reference_list, parse_reference

FIXTURES = Path(__file__).parent / "fixtures"


def test_hard_wrapped_list_reads_every_entry_with_its_fields():
    doc = extract_file(FIXTURES / "archived_wrapped.txt")
    refs = {r.n: r for r in doc.references}
    assert sorted(refs) == [1, 2, 3, 4]
    # a quoted title broken over two lines, then "by Name", the outlet and a wrapped date
    one = refs[1]
    assert (one.title, one.authors, one.outlet, one.date) == (
        "Tidal Power and the Grid",
        ["Mara Lindqvist"],
        "Harbour Ledger",
        "2011-05-03",
    )
    # outlet first, the author after the date, an access date that is not the work's date
    two = refs[2]
    assert (two.outlet, two.title, two.authors, two.date) == (
        "Valley Courier",
        "Despite New Cranes, Port Lags Behind",
        ["Lea Park"],
        "2009-12-02",
    )
    assert two.url == "http://example.org/courier/cranes"
    # a number alone on its line, its URL on the next
    assert refs[3].url == "http://example.org/gazette/editorial" and refs[3].title is None
    # "Org. Title. Press release Date." in full stops; the page's own lines after it are not part of it
    four = refs[4]
    assert (four.authors, four.title, four.date) == (
        ["Harbour Board"],
        "Crane Audit for the Year",
        "2012-03-04",
    )
    assert "Subscribe" not in four.raw and "Gazette" not in four.raw


def test_offsets_of_wrapped_entries_point_into_the_original_text():
    doc = extract_file(FIXTURES / "archived_wrapped.txt")
    for r in doc.references:
        printed = doc.text[r.start : r.end]
        assert printed.lstrip().startswith(f"[{r.n}]")
        assert " ".join(printed.split()).endswith(r.raw.split()[-1])


def test_quotes_and_markers_still_read_above_a_wrapped_list():
    doc = extract_file(FIXTURES / "archived_wrapped.txt")
    quote = next(q for q in doc.quotes if q.text.startswith("The harbour board"))
    assert quote.refs == [3]


def test_trailing_notes_without_heading_are_read_when_the_body_marks_them():
    doc = extract_file(FIXTURES / "bare_numbered_notes.txt")
    first, second = doc.references
    # a person described, with the site named as the source: no title, the site as outlet
    assert (first.authors, first.title, first.outlet, first.url) == (
        ["Tove Arnesen"],
        None,
        "www.hafenzitate.example",
        None,
    )
    # "Surname, I. (Year): Title. Subtitle. In: Container #issue Month Year", the month decomposed
    assert second.authors == ["I. Brandt"]
    assert second.title == "Die Flut als Arbeitgeber. Warum Häfen warten"
    assert (second.outlet, second.date) == ("Hafenblatt", "2019-03")


def test_a_numbered_list_in_the_body_is_not_a_reference_list():
    doc = extract_text(
        "How to paint a crane\n\n1. Sweep the deck.\n2. Prime the steel.\n3. Paint it twice.\n"
    )
    assert doc.references == []


@pytest.mark.parametrize(
    "listing, expected",
    [
        (
            "[1] http://a.example [2] http://b.example [3] http://c.example",
            ["http://a.example", "http://b.example", "http://c.example"],
        ),
        ("Notes\n1.\nhttp://a.example\n2.\nhttp://b.example", ["http://a.example", "http://b.example"]),
        (
            "Sources\n1 Harbour Board, Crane Audit, accessed in 2012, http://a.example\n2 Ibid.",
            ["http://a.example", None],
        ),
        (
            "Notes and references\n\n1. ↑ 1.0 1.1 http://a.example\n\n2. ↑ http://b.example",
            ["http://a.example", "http://b.example"],
        ),
        (
            "Einzelnachweise\n1. http://a.example\n2. http://b.example",
            ["http://a.example", "http://b.example"],
        ),
    ],
)
def test_numberings_and_headings(listing, expected):
    found = find_reference_list("Body text.[1]\n\n" + listing + "\n")
    assert found is not None
    assert [r.url for r in found.references] == expected


def test_an_ibid_after_a_bare_numbered_entry_points_back():
    found = find_reference_list("Body.\n\nReferences\n1 Andrew K. Lindqvist\n2 Ibid.\n3 Ibid.\n")
    assert [r.ibid_of for r in found.references] == [None, 1, 1]
    assert found.references[0].authors == ["Andrew K. Lindqvist"]


@pytest.mark.parametrize(
    "raw, title, outlet",
    [
        # a chapter is where in the book, not part of its title or a publication
        (
            "Harbour Tales and the Long Night, Chapter 11 (The Crane)",
            "Harbour Tales and the Long Night",
            None,
        ),
        ("*Harbour Tales: The Game*, Year 5, Chapter 22 ( *Night Shift* )", "Harbour Tales: The Game", None),
        # a title that ends in "Part 2" keeps it, and is not an author
        ("Harbour Walkthrough, Part 2", "Harbour Walkthrough, Part 2", None),
    ],
)
def test_locators_are_not_titles_or_outlets(raw, title, outlet):
    r = parse_reference(1, raw)
    assert (r.title, r.outlet, r.authors) == (title, outlet, [])


def test_interview_entry_names_the_person_and_where():
    r = parse_reference(1, "Omar Vance, in Al-Marsa Weekly, May 4, 2009")
    assert (r.authors, r.title, r.outlet, r.date) == (["Omar Vance"], None, "Al-Marsa Weekly", "2009-05-04")


@pytest.mark.parametrize(
    "printed, iso",
    [
        ("25. März 2019", "2019-03-25"),
        ("3 de mayo de 2019", "2019-05-03"),
        ("4 août 2018", "2018-08-04"),
        ("#121 März 2019", "2019-03"),
    ],
)
def test_dates_in_other_languages(printed, iso):
    from provgraph.loaders.rules import parse_date

    assert parse_date(printed) == iso


@pytest.mark.parametrize(
    "raw, authors, title, outlet, date",
    [
        (
            "Nora P. Vale and Ivo Brandt. Sparse ledgers revisited. In Proc. of the Ledger Workshop, 1997.",
            ["Nora P. Vale", "Ivo Brandt"],
            "Sparse ledgers revisited",
            "Proc. of the Ledger Workshop",
            "1997",
        ),
        (
            "K. Lund, D. Roe, P. Wu, and T. Abe. Fast reconciliation of harbour ledgers. In Proc. Winter Ledger Conf., Boulder, CO, Jan. 1995.",
            ["K. Lund", "D. Roe", "P. Wu", "T. Abe"],
            "Fast reconciliation of harbour ledgers",
            "Proc. Winter Ledger Conf.",
            "1995-01",
        ),
        (
            "Marsh, T., Okafor, B., and Lind, S. Cheap snapshots for harbour ledgers. Journal of Port Computing, 12(3):45-67, 2001.",
            ["T. Marsh", "B. Okafor", "S. Lind"],
            "Cheap snapshots for harbour ledgers",
            "Journal of Port Computing",
            "2001",
        ),
        (
            "Holm P, Berg O. Crane failures in northern ports. J Port Eng. 2016;12(3):45-9.",
            ["P Holm", "O Berg"],
            "Crane failures in northern ports",
            "J Port Eng",
            "2016",
        ),
        (
            "T. Arnesen. Crane scheduling with sparse data. PhD thesis, University of Bergen, 2008.",
            ["T. Arnesen"],
            "Crane scheduling with sparse data",
            "University of Bergen",
            "2008",
        ),
    ],
)
def test_scholarly_citations(raw, authors, title, outlet, date):
    r = parse_reference(1, raw)
    assert (r.authors, r.title, r.outlet, r.date) == (authors, title, outlet, date)


def test_a_list_longer_than_the_numbers_read_says_where_reading_stopped():
    """Issue 13: note numbers are read up to three digits; a 10,000-entry list was cut at 999
    without a word. Now a warning points at entry 1000."""
    body = " ".join(f"Claim number {i} rests on a report.[{i}]" for i in range(1, 1201))
    entries = "\n".join(f"[{i}] Ruiz, Ana, Report number {i} on the harbour, The Ledger, June 1st, 2020." for i in range(1, 1201))
    text = body + "\n\nReferences\n" + entries + "\n"
    doc = extract_text(text)
    assert len(doc.references) == 999
    [warning] = [w for w in doc.warnings if w.code == "reference-list-truncated"]
    assert text[warning.start :].startswith("[1000] Ruiz, Ana")
    assert "entries from 1000 on were not read" in warning.message


def test_an_ibid_after_an_ibid_points_at_the_entry_they_repeat():
    """Issue 12: "ibid" is resolved once, where the list is read; the model takes one step."""
    doc = extract_text(
        "The guild wrote.[1] It wrote again.[2] And again.[3]\n\nNotes\n"
        "[1] Ruiz, Ana, The Harbour Files, The Ledger, June 1st, 2020.\n[2] Ibid.\n[3] Ibid., p. 4.\n"
    )
    assert [r.ibid_of for r in doc.references] == [None, 1, 1]
    assert doc.resolved_reference(3).n == 1 and doc.resolved_reference(3).title == "The Harbour Files"
