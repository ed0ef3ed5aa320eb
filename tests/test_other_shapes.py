"""Articles unlike the seeds (a wire story, British single quotes, Markdown footnotes): the
rules must be general, so these pin what a careful reader would annotate."""

from __future__ import annotations

from pathlib import Path

from provgraph.loaders import extract_file

FIXTURES = Path(__file__).parent / "fixtures"


def speakers(doc):
    return [(q.speaker, q.outlet) for q in doc.quotes]


def test_wire_story():
    doc = extract_file(FIXTURES / "wire.txt")
    assert doc.meta.byline == "Maria Lopez" and doc.meta.published == "2021-03-03"
    assert [s for s, _ in speakers(doc)] == [
        "John Carter", "John Carter",  # "…,” Mayor John Carter said after the vote. “…”
        "Priya Shah",  # Councilwoman … said …. “…,” she said.
        "city's finance office",  # according to a statement from the city's finance office
        "Tom Becker",  # Resident Tom Becker told the Springfield Gazette … “…,” Becker said.
        "John Carter",  # The mayor later tweeted:
        "Ellen Park",
    ]  # fmt: skip
    assert speakers(doc)[5][1] == "Twitter"


def test_british_single_quotes():
    doc = extract_file(FIXTURES / "british.txt")
    assert [s for s, _ in speakers(doc)] == ["Helen Marsh", "government spokesperson", "Jim Allen", "Robert Hale"]


def test_markdown_footnotes_and_corporate_author():
    doc = extract_file(FIXTURES / "footnotes.md")
    assert (doc.meta.title, doc.meta.byline, doc.meta.published) == ("How a rumour about the vaccine spread", "Sam Ortiz", "2021-05-14")
    refs = {r.n: r for r in doc.references}
    assert refs[1].authors == ["Lisa Chen"] and refs[1].outlet == "The Verge" and refs[1].url.startswith("https://")
    assert refs[2].ibid_of == 1
    assert refs[3].authors == ["Dana Kim", "Raj Patel"]
    assert refs[4].authors == ["World Health Organization"] and refs[4].title == "Statement on vaccine rumours"
    assert speakers(doc) == [("Dana Kim", "Stanford Internet Observatory"), ("Public health officials", None)]
    assert [q.refs for q in doc.quotes] == [[3], [4]]
