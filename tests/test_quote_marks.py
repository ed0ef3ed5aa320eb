"""Quote marks as real copy prints them: doubled single marks for a double one, curly and
straight marks mixed in one split quotation, and long quotations reopened paragraph by
paragraph. Every example is written for this test."""

from __future__ import annotations

import pytest
from provgraph.loaders import extract_text


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_text(text).quotes]


@pytest.mark.parametrize(
    "printed",
    [
        "''We have never seen the harbour this empty in forty years,'' said Ana Ruiz.",  # wire / NYT copy
        "“We have never seen the harbour this empty in forty years,’’ said Ana Ruiz.",  # a closing ’’
        "‘‘We have never seen the harbour this empty in forty years,’’ said Ana Ruiz.",
        "``We have never seen the harbour this empty in forty years,'' said Ana Ruiz.",  # TeX
    ],
)
def test_doubled_single_marks_are_one_double_mark(printed):
    assert quotes(printed + "\n") == [
        ("We have never seen the harbour this empty in forty years,", "Ana Ruiz")
    ]


def test_doubled_marks_leave_the_offsets_on_the_words():
    doc = extract_text("''We have never seen the harbour this empty in forty years,'' said Ana Ruiz.\n")
    q = doc.quotes[0]
    assert doc.text[q.start : q.end] == q.text


def test_a_split_quotation_with_mixed_marks_is_two_quotations():
    text = 'Ana Ruiz took questions. “When all the ledgers are read about the staffing," she said, "you will see it differently.”\n'
    assert quotes(text) == [
        ("When all the ledgers are read about the staffing,", "Ana Ruiz"),
        ("you will see it differently.", "Ana Ruiz"),
    ]


def test_straight_marks_inside_curly_ones_stay_inner_quotes():
    text = '“He called it a "total disaster" for everyone involved in the deal,” said Ana Ruiz.\n'
    assert quotes(text) == [
        ('He called it a "total disaster" for everyone involved in the deal,', "Ana Ruiz")
    ]


def test_a_quotation_reopened_by_the_next_paragraph_is_one_passage_a_paragraph():
    text = (
        "The harbour master, Tove Arnesen, said: “These cranes have stood idle for most of the year.\n\n"
        "“Other than selling them, I do not see any option left for the board.”\n\n"
        "The board did not reply.\n"
    )
    doc = extract_text(text)
    assert [(q.text, q.speaker, q.speaker_via) for q in doc.quotes] == [
        ("These cranes have stood idle for most of the year.", "Tove Arnesen", "cue"),
        (
            "Other than selling them, I do not see any option left for the board.",
            "Tove Arnesen",
            "earlier sentence",
        ),
    ]
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text


def test_a_name_followed_by_its_verb_is_the_antecedent_of_a_pronoun():
    text = "Ines Duarte spoke after the vote. “The levy was never meant to pay for cranes,” she said.\n"
    doc = extract_text(text)
    assert (doc.quotes[0].speaker, doc.quotes[0].speaker_via) == ("Ines Duarte", "pronoun")


def test_a_quotation_whose_closing_mark_a_page_lost_ends_with_its_paragraph():
    """A web page sets a picture's caption between two paragraphs of a quotation and drops
    the first one's closing mark: the words still run to that paragraph's end, a warning says
    the mark is missing, and the picture's credit is not the "he" of the next quotation."""
    doc = extract_text(
        "Harbour master Pal Okafor said: “These sailors, they are also thieves. They have to answer for what they took.\n\n"
        "The harbour has been closed since June (Image: Archive)\n\n"
        "“Other than handing back the cargo, I do not see any other way out for them,” he said.\n"
    )
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("These sailors, they are also thieves. They have to answer for what they took.", "Pal Okafor"),
        ("Other than handing back the cargo, I do not see any other way out for them,", "Pal Okafor"),
    ]
    assert [w.code for w in doc.warnings] == ["unclosed-quote"]


def test_an_unclosed_mark_in_running_text_is_no_quotation():
    doc = extract_text("The board called the plan “a bargain and then voted it down without a single word of debate.\n\nNothing more was said.\n")
    assert doc.quotes == []


def test_a_shows_name_in_quote_marks_is_read_past_and_not_kept_as_speech():
    """The name of a show inside the attribution ("the “Harbour” actor said on “Dock Life.”")
    neither ends the clause the speaker is read from nor counts as a quotation."""
    doc = extract_text(
        "The actor Pal Okafor shared a clip on Friday.\n\n"
        '"Hearing the news was something we never take for granted," the "Harbour" actor previously said on "Dock Life."\n\n'
        '"We listen to the crews before we vote," Ines Duarte said on CNN\'s "State of the Union."\n'
    )
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("Hearing the news was something we never take for granted,", "Pal Okafor"),
        ("We listen to the crews before we vote,", "Ines Duarte"),
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        # a quotation inside a quotation keeps its own closing mark; the outer one runs on
        (
            '"A jet of light flew out of the lamp. Ana raised her arm and murmured “Lumos” twice: then the whole room was bright again."',
            "A jet of light flew out of the lamp. Ana raised her arm and murmured “Lumos” twice: then the whole room was bright again.",
        ),
        (
            "“The guild told us “we will strike” and then nothing happened for a whole month,” said Ana Ruiz.",
            "The guild told us “we will strike” and then nothing happened for a whole month,",
        ),
        # an inner quotation left open: the paragraph's last mark closes the outer one
        (
            "The office wrote: “The pilots called it “the hostile work of the board, and stopped answering every letter for a year.”",
            "The pilots called it “the hostile work of the board, and stopped answering every letter for a year.",
        ),
    ],
)
def test_a_quotation_inside_a_quotation_does_not_end_it(text, words):
    assert [q.text for q in extract_text(text).quotes][:1] == [words]


@pytest.mark.parametrize(
    "text, kept",
    [
        # a work's title after "titled", whatever its length
        ("A 2010 memorandum from the harbour office titled “Pilots warmly welcome the new night shift training” praises the crews.", []),
        ("The council's report, headlined “Ferry crews fear the long winter schedule,” ran on Monday.", []),
        # …or right after the noun of a work, a comma allowed between
        ("The harbour master sets this out in great detail in her book “A history of the tides and of the keepers who kept the old port”.", []),
        ("According to Ola Lind's 2019 article, “The Quiet Harbour - Is the board's new plan a danger to us all?,” the fees rose.", []),
        # a heading ending on such a noun is no cue for the quotation under it
        ("Weekly column\n\n“We will rebuild the bridge before the winter comes,” said Ana Ruiz.", ["We will rebuild the bridge before the winter comes,"]),
        # a colon after the noun opens words quoted from the work
        (
            "She wrote in her column: “The board has never once asked the crews what the winter costs them.”",
            ["The board has never once asked the crews what the winter costs them."],
        ),
    ],
)
def test_a_works_title_in_quote_marks_is_no_quotation(text, kept):
    assert [q.text for q in extract_text(text).quotes] == kept


def test_a_quotation_that_is_a_listed_works_title_is_no_quotation():
    """Quote marks around the title of an entry of the article's own list (“…,” (2)) name the
    work the note cites: the list says so."""
    text = (
        "Harbour notes\n\nThe fees were reported in the Courier's “Ferry fees rise for the third winter running,” (1) "
        "and nobody at the board disputed it.\n\n“The fees will rise again next winter,” Ada Pike said.\n\n"
        "Notes\n1. “Ferry fees rise for the third winter running,” Harbour Courier, March 2, 2021.\n"
    )
    assert [q.text for q in extract_text(text).quotes] == ["The fees will rise again next winter,"]
