"""Parser rules on hand-written examples of many shapes, beyond the seeds."""

from __future__ import annotations

import pytest
from provgraph.loaders import extract_text
from provgraph.loaders.rules import find_markers, find_reference_list, parse_date, parse_reference


@pytest.mark.parametrize(
    "printed, iso",
    [
        ("June 9th, 2019", "2019-06-09"),
        ("October 22th, 2019", "2019-10-22"),
        ("12 June 2019 - 16:42", "2019-06-12"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("2020-03-22", "2020-03-22"),
        ("March 2020", "2020-03"),
        ("(2018)", "2018"),
        ("12.06.2019", "2019-06-12"),  # day first, as most of the world prints it
        ("06/13/2019", "2019-06-13"),  # unless the day cannot be first
        ("Report 2022-17", None),  # a document number, not a year
        ("no date here", None),
    ],
)
def test_dates_parse_as_printed(printed, iso):
    assert parse_date(printed) == iso


def test_reference_last_first_title_outlet_date():
    r = parse_reference(1, "Hussain, Murtaza, An Iranian Activist Wrote Dozens of Articles for Right-Wing Outlets. But Is He a Real Person?, The Intercept, June 9th, 2019.")
    assert r.authors == ["Murtaza Hussain"]
    assert r.title.startswith("An Iranian Activist") and r.title.endswith("Real Person?")
    assert (r.outlet, r.date) == ("The Intercept", "2019-06-09")


def test_reference_title_with_commas_and_corporate_author():
    r = parse_reference(2, "Al Monitor Staff, Trump’s Supreme Court Pick Represented Controversial Iranian Group, Al Monitor, September 30th, 2020.")
    assert r.authors == ["Al Monitor Staff"] and r.outlet == "Al Monitor"
    r = parse_reference(4, "Geller, Eric, Iran behind threatening pro-Trump emails to U.S. voters, feds say, Politico, October 21st, 2020.")
    assert r.title == "Iran behind threatening pro-Trump emails to U.S. voters, feds say" and r.outlet == "Politico"


def test_reference_outlet_first_and_quoted_title_styles():
    r = parse_reference(6, "Aljazeera, US-Iran tensions, trolls and the dubious case of Heshmat Alavi, June 18th, 2019.")
    assert r.authors == [] and r.outlet == "Aljazeera" and r.date == "2019-06-18"
    r = parse_reference(1, 'Smith, Jane and Lee, Tom. "How Rumours Spread Online." The Guardian, 3 March 2021.')
    assert r.title == "How Rumours Spread Online" and r.outlet == "The Guardian" and r.date == "2021-03-03"


@pytest.mark.parametrize(
    "raw, authors, title, outlet",
    [
        ("“Iran’s troll army,” Al Jazeera, 3 May 2020.", [], "Iran’s troll army", "Al Jazeera"),
        ("Jane Roe (The Guardian), “Inside the camp”, 12 June 2019", ["Jane Roe"], "Inside the camp", "The Guardian"),
        ("Reuters: Exiled group ran fake accounts (June 2019)", [], "Exiled group ran fake accounts", "Reuters"),
        ("Inside the MEK troll farm - The Intercept", [], "Inside the MEK troll farm", "The Intercept"),
        ("Balkans Post, Why the MEK matters, March 29 2020.", [], "Why the MEK matters", "Balkans Post"),
        ("John Doe, Fake personas online, retrieved 5 May 2021 from https://example.org/x", ["John Doe"], "Fake personas online", None),
        ("Noble, Safiya Umoja. Algorithms of Oppression. NYU Press, 2018.", ["Safiya Umoja Noble"], "Algorithms of Oppression", "NYU Press"),
        ("Hussain, Murtaza M. “Title here.” *The Intercept*, 9 June 2019.", ["Murtaza M. Hussain"], "Title here", "The Intercept"),
        # a book's imprint names its publisher, the outlet (as "NYU Press" above)
        ("Smith, John, *The Long War* (New York: Norton, 2019), 45.", ["John Smith"], "The Long War", "Norton"),
    ],
)
def test_reference_styles_from_pages_books_and_mla(raw, authors, title, outlet):
    r = parse_reference(1, raw)
    assert (r.authors, r.title, r.outlet) == (authors, title, outlet)


def test_bare_url_and_ibid_entries():
    text = "Body text.[1][2]\n\nReferences:\n[1] https://example.org/a/report\n[2] Ibid.\n"
    refs = find_reference_list(text).references
    assert refs[0].url == "https://example.org/a/report" and refs[0].title is None
    assert refs[1].ibid_of == 1


def test_numbered_list_needs_a_heading():
    assert find_reference_list("Why?\n1. They have an agenda.\n2. They are dedicated.\n") is None
    found = find_reference_list("Body.\n\nNotes\n1. Doe, John, A Title, The Times, 2020.\n2. Ibid.\n")
    assert [r.n for r in found.references] == [1, 2]


@pytest.mark.parametrize(
    "body, numbers",
    [
        ("a claim [3] and more", [3]),
        ("a claim[3, 4] and [5-7].", [3, 4, 5, 6, 7]),
        ("the Revolution.”12 The report", [12]),
        ("(NCRI) .16 He was", [16]),
        ("Alexis Kohler,21 Secretary", [21]),
        ("on June 25, 2019,19 three", [19]),
        ("it cost $1.5 million, 971,890 euros at 10:30, in 2019.", []),
        ("see p.12 for details", []),
        ("a superscript claim³ here", [3]),
    ],
)
def test_markers(body, numbers):
    assert [n for m in find_markers(body) for n in m.numbers] == numbers


def test_quote_with_said_after_and_pronoun_resolution():
    doc = extract_text(
        "Jane Doe, a senator, spoke on Monday.\n"
        "“We will not accept this outcome under any circumstances,” she said. “It is a disgrace to the whole chamber.”\n"
    )
    assert [q.speaker for q in doc.quotes] == ["Jane Doe", "Jane Doe"]


def test_quote_told_outlet_and_described_speaker():
    doc = extract_text("“The program went far beyond what anyone had approved,” a senior official told Reuters on Tuesday.\n")
    q = doc.quotes[0]
    assert (q.speaker, q.outlet) == ("senior official", "Reuters")


def test_quote_according_to_and_colon_forms():
    doc = extract_text(
        "According to the BBC, “the ministry had known about the leak for several weeks before it acted.”\n"
        "The minister wrote on Twitter: “I take full responsibility for what happened and I apologise.”\n"
    )
    assert doc.quotes[0].speaker == "BBC" and doc.quotes[0].outlet.removeprefix("the ") == "BBC"
    assert doc.quotes[1].outlet == "Twitter"


def test_scare_quotes_and_titles_are_left_out():
    doc = extract_text("He called it “fake news” and cited the book “The Life and Times of a Very Long Title Here” today.\n")
    assert doc.quotes == []


def test_british_single_quotes_and_nested_quotes():
    doc = extract_text("‘We never ran that account, and we never will,’ the spokesman said.\n")
    assert len(doc.quotes) == 1 and doc.quotes[0].text.startswith("We never ran")
    doc = extract_text("“He asked me, ‘Is this real?’ and I could not answer him at all,” she said.\n")
    assert len(doc.quotes) == 1 and "‘Is this real?’" in doc.quotes[0].text


def test_quote_over_two_paragraphs():
    doc = extract_text("The report said: “First part of the statement runs on here.\nSecond part of it closes now.”12\n")
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.text == "First part of the statement runs on here. Second part of it closes now." and q.refs == [12]


def test_claims_carry_markers_and_quotes():
    doc = extract_text("A plain sentence. A cited sentence.[1] Another one.\n\nReferences\n[1] Doe, John, Title Words Here, The Times, 2020.\n")
    assert [(c.text, c.refs) for c in doc.claims] == [("A cited sentence.[1]", [1])]


def test_straight_quotes_inside_a_curly_quotation_stay_inside():
    doc = extract_text('“He called it a "total disaster" for everyone involved in the deal,” said Ana Ruiz.\n')
    assert len(doc.quotes) == 1 and '"total disaster"' in doc.quotes[0].text and doc.quotes[0].speaker == "Ana Ruiz"


def test_parenthesised_entries_and_markers_under_a_heading():
    doc = extract_text(
        "Officials knew of the flaw (1). “We warned them in writing, twice, before the launch,” said Ana Ruiz (2).\n"
        "In 2019 (the year of the launch) there were 3 (three) incidents.\n\n"
        "Sources:\n(1) Doe, Jane, The Flaw Report, The Times, May 2nd, 2020.\n(2) Roe, Rick, Launch Day, Daily Echo, 2020.\n"
    )
    assert [r.n for r in doc.references] == [1, 2] and doc.references[0].outlet == "The Times"
    assert [n for m in doc.markers for n in m.numbers] == [1, 2]
    assert doc.quotes[0].refs == [2]
    doc = extract_text("Notes\n1- Doe, Jane, A Title Here, The Times, 2020.\n2- Ibid.\n")
    assert [r.n for r in doc.references] == [1, 2] and doc.references[1].ibid_of == 1


def test_a_description_is_not_its_own_antecedent():
    # the company of "The London-based company’s website" is the one named before, not "London-based"
    doc = extract_text(
        "The money came from a single company called All for Freedom. The London-based company’s website "
        "announced it “works with charities and non-profit organisations on their events”.\n"
    )
    assert doc.quotes[0].speaker == "All for Freedom"


def test_a_full_stop_ends_a_name_except_after_an_initial():
    doc = extract_text(
        "Murtaza M. Hussain found more. The account was run by the MEK. Hussain’s reporting was widely covered.\n\n"
        "“The persona was run by a team of people working from the camp,” Hussain said.\n"
    )
    assert doc.quotes[0].speaker == "Murtaza M. Hussain"


def test_an_outlet_that_interviewed_the_speaker_is_where_the_words_came_from():
    doc = extract_text(
        "The Valley Chronicle made the discovery after reaching out to Jane Doe, a former aide.\n\n"
        "“I saw the ledgers myself and they did not add up at all,” said Doe.\n\n"
        "“Nobody asked us about any of this before the vote,” said Tom Hale, a neighbour.\n"
    )
    assert [(q.speaker, q.outlet) for q in doc.quotes] == [("Jane Doe", "The Valley Chronicle"), ("Tom Hale", None)]


def test_the_report_is_a_noun_even_though_report_is_a_verb():
    doc = extract_text(
        "According to a Library of Congress report in December 2012, the ministry ran the network.\n\n"
        "The report draws attention to two cases, revealing the ministry's policy in this regard:\n\n"
        "“The recruitment of a British subject provides a relevant example of how the ministry works.”\n"
    )
    assert doc.quotes[0].speaker == "Library of Congress"
