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
        # hyphenated initials and a surname's particle
        (
            "A. Lund, R. Okafor, and W.-P. de Vries. Tide tables as ledgers. In Proc. 5th. Harbour Workshop, 1992.",
            ["A. Lund", "R. Okafor", "W.-P. de Vries"],
            "Tide tables as ledgers",
            "Proc. 5th. Harbour Workshop",
            "1992",
        ),
        # commas where other styles print stops, the title in quote marks or not
        (
            "A. Lund and S. T. Okafor, Ledger drift in cold ports, Proceedings of the Harbour Computing Symposium, pp. 3-9, 1995.",
            ["A. Lund", "S. T. Okafor"],
            "Ledger drift in cold ports",
            "Proceedings of the Harbour Computing Symposium",
            "1995",
        ),
        (
            'C. Lund and R. Vale, "Tidal ledgers revisited," Proc. of HPLC-2, 1995.',
            ["C. Lund", "R. Vale"],
            "Tidal ledgers revisited",
            "Proc. of HPLC-2",
            "1995",
        ),
        # surname-first lists that end in a comma, before a title that opens with an article
        (
            "Lund, S. K., Vale, G. G., Okafor, J. D., The Crane Visualizer, Proceedings of Harbour Systems, ACM, 1991.",
            ["S. K. Lund", "G. G. Vale", "J. D. Okafor"],
            "The Crane Visualizer",
            "Proceedings of Harbour Systems",
            "1991",
        ),
        # only the first name turned
        (
            "Marsh, T., B. Okafor, and S. Lind. The definition of a port ledger. Fjord Press, 1990.",
            ["T. Marsh", "B. Okafor", "S. Lind"],
            "The definition of a port ledger",
            "Fjord Press",
            "1990",
        ),
        # editors before the venue are not the venue; an edited book has no authors
        (
            "R. Vale. Ledgers as failure. In C. B. Lund and T. Okafor, editors, Proc. 5th Harbour Workshop, 1992.",
            ["R. Vale"],
            "Ledgers as failure",
            "Proc. 5th Harbour Workshop",
            "1992",
        ),
        (
            "A. Lund, editor. Transaction Models for Harbour Ledgers. Fjord-Press, 1992.",
            [],
            "Transaction Models for Harbour Ledgers",
            "Fjord-Press",
            "1992",
        ),
        # a report's institution, however the report is named
        (
            "Alexander Lindqvist. Crane ledger definition. Technical Report HR-12-91, version 2.0, Dept. for Port Systems, Technical University of Bergen, May 1993.",
            ["Alexander Lindqvist"],
            "Crane ledger definition",
            "Dept. for Port Systems, Technical University of Bergen",
            "1993-05",
        ),
        (
            "O. Vale and A. Lund. Representing cranes. Tech. Rpt. CIS-91-2. Bergen State University, 1991.",
            ["O. Vale", "A. Lund"],
            "Representing cranes",
            "Bergen State University",
            "1991",
        ),
        (
            "A. Lund, M. Vale, and M. Okafor. Crane Technical Summary. TR 1069, Port Sciences Dept., Univ. of Bergen, January 1992.",
            ["A. Lund", "M. Vale", "M. Okafor"],
            "Crane Technical Summary",
            "Port Sciences Dept, Univ. of Bergen",
            "1992-01",
        ),
        # a journal's volume printed without a comma is not part of its name
        (
            "Lund, R.-Q., and J. Vale, Crane moves by integer translates, J. Harbour Theory 72 (1993), 2-23.",
            ["R.-Q. Lund", "J. Vale"],
            "Crane moves by integer translates",
            "J. Harbour Theory",
            "1993",
        ),
        # author-date entries: the venue of a study, an editor list, a thesis, the year late
        (
            "Vale, N. (1991). Ledger drift. In Proceedings of the Twelfth Harbour Conference, pp. 62-68 Bergen, Norway.",
            ["N. Vale"],
            "Ledger drift",
            "Proceedings of the Twelfth Harbour Conference",
            "1991",
        ),
        (
            "Vale, N., & Lund, K. (1994). Ledger drift. In Okafor, J. D., & Lind, S. (Eds.), Advances in Harbour Systems 6. Fjord Press.",
            ["N. Vale", "K. Lund"],
            "Ledger drift",
            "Advances in Harbour Systems 6",
            "1994",
        ),
        (
            "Vale, N. (1990). Nested ledger reasoning. PhD thesis, Department of Port Science, University of Bergen, Bergen, Norway.",
            ["N. Vale"],
            "Nested ledger reasoning",
            "Department of Port Science, University of Bergen",
            "1990",
        ),
        (
            "Lindqvist, S., Recursive progressions of harbour ledgers, J. Harbour Logic, 27, 259-316 (1962).",
            ["S. Lindqvist"],
            "Recursive progressions of harbour ledgers",
            "J. Harbour Logic",
            "1962",
        ),
        (
            "E. Lund, N. Okafor, J. Vale (1993), A First-Order Ledger Theorem, Journal of Harbour Logic, 163-174.",
            ["E. Lund", "N. Okafor", "J. Vale"],
            "A First-Order Ledger Theorem",
            "Journal of Harbour Logic",
            "1993",
        ),
        (
            "Whittaker, J. (1991). Graphical ledgers in harbour statistics. Bergen: Fjord Press.",
            ["J. Whittaker"],
            "Graphical ledgers in harbour statistics",
            "Fjord Press",
            "1991",
        ),
        (
            "Vale, M. (1985). Reasoning about crane models. Tech. rep. HR/TR-340, Laboratory for Port Science, BIT.",
            ["M. Vale"],
            "Reasoning about crane models",
            "Laboratory for Port Science, BIT",
            "1985",
        ),
        # a list inside a venue's name runs over its commas to its "and"
        (
            "Lund, J., Vale, S., and Okafor, A. Crane type theory. In Proc. Conference on Harbour Systems, Languages, and Applications (Oct. 1994), pp. 16-30.",
            ["J. Lund", "S. Vale", "A. Okafor"],
            "Crane type theory",
            "Proc. Conference on Harbour Systems, Languages, and Applications",
            "1994-10",
        ),
        # a volume and pages after a journal's name, even after an acronym
        (
            "K. Lund and D. Roe. Crane lexicons. Communications of the HCM 38 39-41, 1995.",
            ["K. Lund", "D. Roe"],
            "Crane lexicons",
            "Communications of the HCM",
            "1995",
        ),
        # places after a publisher are no list inside its name
        (
            "R. Milner, M. Vale, and R. Lund. The Definition of Harbour ML. The Fjord Press, Bergen, Hordaland and London, England, 1990.",
            ["R. Milner", "M. Vale", "R. Lund"],
            "The Definition of Harbour ML",
            "The Fjord Press",
            "1990",
        ),
        (
            "Okafor, A. (1993). Measuring crane dimensions. In Proceedings of the 1993 Harbour Models Summer School, pp. 335-342. Fjord Press.",
            ["A. Okafor"],
            "Measuring crane dimensions",
            "Proceedings of the 1993 Harbour Models Summer School",
            "1993",
        ),
        (
            "K. H. Lund, K. Vale and P. Okafor, (1995) Crane Sharing in a Mixed Harbour, Harbour Multimedia 95, Pages 57-64.",
            ["K. H. Lund", "K. Vale", "P. Okafor"],
            "Crane Sharing in a Mixed Harbour",
            "Harbour Multimedia 95",
            "1995",
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


def fields_in_a_list(entries: list[str]) -> list[tuple]:
    """The fields of each entry, read as the article's own numbered notes."""
    body = " ".join(f"Claim {i}.[{i}]" for i in range(1, len(entries) + 1))
    text = body + "\n\nNotes\n\n" + "\n".join(f"[{i}] {e}" for i, e in enumerate(entries, 1)) + "\n"
    return [(r.authors, r.title, r.outlet, r.date, r.ibid_of) for r in extract_text(text).references]


@pytest.mark.parametrize(
    "entry, fields",
    [
        # an explanatory note names no work: its fields stay empty
        ("The harbour master later denied that the memo had existed.", ([], None, None, None, None)),
        # the outlet first, or the only thing named
        ("Valley Courier, March 4, 1994, p.12", ([], None, "Valley Courier", "1994-03-04", None)),
        # a connector a removed date and URL leave behind is no part of the outlet
        ("Coast Daily (June 1, 2010) at http://coast.example/levy", ([], None, "Coast Daily", "2010-06-01", None)),
        # lead-ins before the work
        ("Cited in Mara Lindqvist, Tidal Power and the Grid, Harbour Ledger, May 3, 2011", (["Mara Lindqvist"], "Tidal Power and the Grid", "Harbour Ledger", "2011-05-03", None)),
        ("For background on the levy, see: Mara Lindqvist, Tidal Power and the Grid, Harbour Ledger, May 3, 2011", (["Mara Lindqvist"], "Tidal Power and the Grid", "Harbour Ledger", "2011-05-03", None)),
        # one entry, several works: the first is the entry
        ("Mara Lindqvist, Tidal Power and the Grid, Harbour Ledger, May 3, 2011; also see Ola Brandt, Cranes, Port Times, 2012", (["Mara Lindqvist"], "Tidal Power and the Grid", "Harbour Ledger", "2011-05-03", None)),
        # a book's imprint names its publisher
        ("Ola Brandt, The Fjord Mills (Bergen: Fjord Press, 1931)", (["Ola Brandt"], "The Fjord Mills", "Fjord Press", "1931", None)),
        # commas inside an unquoted title
        ("Lea Park, Despite New Cranes, Port Lags Behind, Harbour Times, December 2, 2009.", (["Lea Park"], "Despite New Cranes, Port Lags Behind", "Harbour Times", "2009-12-02", None)),
        # a date range is dated by its first day
        ("Mara Lindqvist, Tidal Power, Harbour Ledger, May 3-5, 2011", (["Mara Lindqvist"], "Tidal Power", "Harbour Ledger", "2011-05-03", None)),
        # a body, then the document it issued
        ("Harbour Board, Crane Audit, accessed in http://example.org/audit", (["Harbour Board"], "Crane Audit", None, None, None)),
        # Vancouver style with the title first
        ("Tidal power in small ports. Holm P, Berg O. J Port Eng. 2016", (["P Holm", "O Berg"], "Tidal power in small ports", "J Port Eng", "2016", None)),
    ],
)
def test_entry_fields_of_real_note_styles(entry, fields):
    assert fields_in_a_list([entry]) == [fields]


def test_short_cites_name_no_title_and_ibids_point_past_each_other():
    entries = [
        "Mara Lindqvist, Tidal Power and the Grid, Harbour Ledger, May 3, 2011",
        "Lindqvist (2011), op. cit.",
        "Lindqvist, Ibid.",
        "Ibid.",
    ]
    read = fields_in_a_list(entries)
    assert read[1][:2] == (["Lindqvist"], None) and read[1][4] is None
    assert read[2][4] == 2 and read[3][4] == 2
