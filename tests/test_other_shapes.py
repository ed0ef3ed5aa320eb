"""Articles unlike the seeds (a wire story, British single quotes, Markdown footnotes): the
rules must be general, so these pin what a careful reader would annotate."""

from __future__ import annotations

import textwrap
from pathlib import Path

from provgraph.loaders import extract_file, extract_text

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


def test_html_page_with_meta_blockquote_and_footnote_list():
    doc = extract_file(FIXTURES / "page.html")
    m = doc.meta
    assert (m.title, m.byline, m.published, m.site) == (
        "Inside the troll farm: former members speak", "Rosa Diaz", "2022-09-14", "The Daily Example"
    )
    assert all("not a quote from the article" not in q.text for q in doc.quotes)  # scripts are not text
    assert [r.outlet for r in doc.references] == ["Verso", "Reuters"]
    assert speakers(doc) == [("Karim Nasser", None), ("former member", None), ("Ali Reza", "Reuters")]
    assert doc.quotes[2].refs == [2]


def test_epigraph_credit_and_quotes_over_paragraphs():
    doc = extract_file(FIXTURES / "dashes.txt")
    assert [s for s, _ in speakers(doc)] == ["Salman Rushdie", "Amira Haddad", "Amira Haddad", "Amira Haddad", "Yusuf Haddad", "Local officials"]
    # a quotation left open at a paragraph's end and reopened by the next paragraph is one
    # quoted passage per paragraph (as news annotators count them), the speaker carried over
    assert doc.quotes[2].text.endswith("scattered across four countries.")
    assert doc.quotes[3].text.endswith("exactly where it had always been.") and doc.quotes[3].speaker_via == "earlier sentence"


def test_chicago_notes_with_glued_endnotes():
    doc = extract_file(FIXTURES / "chicago_notes.txt")
    refs = {r.n: r for r in doc.references}
    assert refs[2].authors == ["Sam Patel"] and refs[2].outlet == "Valley Courier" and refs[2].date == "2021-01-15"
    assert refs[4].authors == ["Lisa Chen", "Omar Farouk"] and refs[4].outlet == "Chicago Tribune"
    assert refs[5].ibid_of == 4
    # "…,” wrote hydrologist Daniel Brandt in a letter to the editor.3 — the stop the endnote
    # is glued to closes the quotation's own sentence
    assert [(q.speaker, q.outlet, q.refs) for q in doc.quotes] == [
        ("Ruth Okafor", "Valley Courier", [2]),
        ("Daniel Brandt", "Valley Courier", [3]),
        ("Daniel Brandt", None, []),
        ("Mark Ellis", "Reuters", [5]),
    ]


def test_apa_references_in_markdown_footnotes():
    doc = extract_file(FIXTURES / "apa_footnotes.md")
    assert (doc.meta.byline, doc.meta.published) == ("Tom Reyes", "2022-08-17")  # *By Tom Reyes · Published …*
    study, wire = doc.references
    assert study.authors == ["A. Yusuf", "K. Mensah"] and study.date == "2019-05-03"
    assert (study.title, study.outlet) == ("Antibody response in adults over sixty", "Journal of Clinical Immunology")
    assert (wire.authors, wire.outlet, wire.date) == ([], "Associated Press", "2021-11-02")
    assert wire.title == "Health agency warns of vaccine rumours"


def test_harvard_references_with_parenthesised_markers():
    doc = extract_file(FIXTURES / "harvard_refs.txt")
    survey, guardian = doc.references
    assert (survey.title, survey.outlet, survey.date) == ("Think Tank Funding Survey 2020", "Transparency Watch", "2020-03-14")
    assert survey.url == "https://example.org/survey2020"
    assert (guardian.authors, guardian.title, guardian.outlet, guardian.date) == (
        ["J. Smith", "K. Lee"], "Inside the lobbying machine", "The Guardian", "2021-06-09"
    )
    assert [q.refs for q in doc.quotes] == [[2]]


def test_html_blog_with_sup_footnotes_and_appositive_speaker():
    doc = extract_file(FIXTURES / "blog_footnotes.html")
    assert (doc.meta.byline, doc.meta.published, doc.meta.site) == ("Dana Whitfield", "2023-02-11", "Housing Notes")
    assert [r.n for r in doc.references] == [1, 2] and doc.references[1].outlet == "City Herald"
    # "City Housing Office, <em>Rent Stabilization Study 2022</em>, December 2022": the italics name the work
    assert (doc.references[0].authors, doc.references[0].title) == (["City Housing Office"], "Rent Stabilization Study 2022")
    # "Its author, economist Raj Mehta, told the Herald that “…”": the appositive names the
    # speaker, and "the Herald" is the "City Herald" of the article's own notes
    assert [(q.speaker, q.outlet, q.refs) for q in doc.quotes] == [("Raj Mehta", "City Herald", [2]), ("Raj Mehta", None, [])]


def test_names_beyond_ascii_and_surname_particles():
    doc = extract_file(FIXTURES / "eu_summit.txt")
    assert doc.meta.authors == ["Élise Moreau", "Jan Kowalski"]  # "By Élise Moreau and Jan Kowalski"
    assert speakers(doc) == [
        ("Giorgia Meloni", None),
        ("Ursula von der Leyen", None),  # two particles belong to the surname
        ("Zoltán Kovács", "X"),  # "…,” said Zoltán Kovács, a government spokesman, in a post on X.
        ("Łukasz Nowak", "Reuters"),  # "Nowak said" expands to the full name given earlier
        ("Giorgia Meloni", None),
        ("Giorgia Meloni", None),
        ("Amira Haddad", None),
    ]  # fmt: skip
    assert doc.quotes[6].refs == [] and doc.references[0].authors == ["International Organization for Migration"]


def test_parenthesised_markers_ibid_and_a_government_report():
    doc = extract_file(FIXTURES / "water_board.txt")
    ibid, report = doc.references[1], doc.references[2]
    assert doc.references[0].outlet == "Valley Courier" and ibid.ibid_of == 1
    # "Report 2022-17" is the report's number, not a date or a publisher; the imprint
    # "(Albany, 2022)" and the page cited are not part of the title
    assert (report.authors, report.title, report.outlet, report.date) == (
        ["Office of the State Comptroller"], "Audit of the County Water Board, Report 2022-17", None, "2022"
    )
    assert [(q.speaker, q.outlet, q.refs) for q in doc.quotes] == [
        (None, "Valley Courier", [1]),
        ("Denise Whitfield", None, []),
        ("Denise Whitfield", None, []),
        ("Tom Becker", "The Valley Courier", [2]),  # told the Valley Courier
        ("Tom Becker", "The Valley Courier", [2]),
        ("Maria Ortiz", None, []),  # Maria Ortiz, a retired teacher, said:  (next paragraph)
        # ".(3) The comptroller's office said": the marker ends the sentence before, and an
        # office of someone's is a new speaker, not the one quoted last
        ("comptroller's office", None, []),
    ]


def test_html_italics_and_a_plain_list_under_a_notes_heading():
    doc = extract_file(FIXTURES / "notes_under_heading.html")
    agreement, story = doc.references
    assert (agreement.authors, agreement.title, agreement.outlet) == (["Port Authority"], "Collective Agreement 2019–2024", None)
    assert (story.authors, story.title, story.outlet, story.date) == (
        ["Ama Boateng"], "Strike spreads to second terminal", "The Coastal Dispatch", "2023-10-03"
    )
    assert [(q.speaker, q.refs) for q in doc.quotes] == [("Adaeze Okonkwo", [2])]


def test_superscript_notes_mla_citations_and_outlet_cues():
    doc = extract_file(FIXTURES / "oped_superscripts.txt")
    refs = {r.n: r for r in doc.references}
    assert sorted(refs) == [1, 2, 3, 4, 5] and not doc.warnings  # "¹ …" lines are the notes
    # MLA: "Surname, Given. Title. Container, date." ("See generally:" is not the author)
    assert (refs[1].authors, refs[1].title, refs[1].outlet, refs[1].date) == (["Safiya Umoja Noble"], "Algorithms of Oppression", "NYU Press", "2018")
    assert (refs[2].authors, refs[2].outlet, refs[2].date) == (["Priya Raman"], "The Atlantic", "2019-03-14")
    assert (refs[4].authors, refs[4].title, refs[4].outlet) == (["Owen Pierce"], "The Neutrality Myth", "The Guardian")
    assert (refs[5].outlet, refs[5].title) == ("Reuters", "EU opens third probe into platform ranking")
    assert [(q.speaker, q.outlet, q.refs) for q in doc.quotes] == [
        ("Priya Raman", "The Atlantic", [2]),  # In a 2019 interview with The Atlantic, former Facebook engineer …
        ("Meta spokesperson", None, []),  # not the Atlantic of the quotation before
        ("Kate Lindqvist", None, [3]),  # "…,” Lindqvist says.³
        ("Owen Pierce", "The Guardian", [4]),  # Writing in The Guardian, columnist …
        ("Margrethe Vestager", None, []),  # the ⁵ ends the sentence before
    ]


def test_split_quote_blockquote_credit_and_participle_opening():
    doc = extract_file(FIXTURES / "leaked_memo.md")
    assert [(q.speaker, q.speaker_kind, q.outlet, q.refs) for q in doc.quotes] == [
        ("Daniel Osei", "named", None, []),  # “…,” said Daniel Osei, a former …, “…”
        ("Daniel Osei", "named", None, []),
        ("memo", "described", None, []),  # > — the memo, page 4
        # "Asked whether …, a spokeswoman for the agency, Carla Mendes, replied:"
        ("Carla Mendes", "named", None, [2]),
        ("Ruth Adeyemi", "named", "Bluesky", []),  # she wrote on Bluesky
    ]
    assert [m.outlet for m in doc.mentions] == ["ProPublica"]  # first published by ProPublica


def test_wiki_style_citations_backlinks_and_a_credit_that_is_no_name():
    doc = extract_file(FIXTURES / "wiki_citations.html")
    first, inquiry, lim = doc.references
    assert not first.raw.startswith("^") and (first.title, first.outlet, first.date) == ("Barge strikes Harbor Bridge", "Harbor Times", "2021-03-04")
    assert (inquiry.authors, inquiry.title, inquiry.outlet) == (["Harbor Bridge Inquiry"], "Final Report", "State Transport Board")
    assert (lim.authors, lim.outlet, lim.date) == (["Ada Lim"], "Harbor Times", "2022-06-09")
    assert all("Sponsored" not in q.text and "Random article" not in q.text for q in doc.quotes)  # nav and aside
    assert [(q.speaker, q.speaker_kind, q.outlet, q.refs) for q in doc.quotes] == [
        ("Helen Cho", "named", "The Harbor Times", [3]),
        ("Dock workers' union statement", "described", None, []),  # — Dock workers' union statement
    ]


def test_attribution_forms_of_a_politics_story():
    doc = extract_file(FIXTURES / "budget_talks.txt")
    assert [(q.speaker, q.speaker_kind) for q in doc.quotes] == [
        ("John Smith", "named"),  # said John Smith of the Cato Institute
        ("Maria Gonzalez", "named"),  # “…,” according to Maria Gonzalez, a lobbyist …
        ("Dana Lee", "named"),  # press secretary Dana Lee told reporters
        ("Tom O'Neill", "named"),  # "“It's theater,” Rep. Tom O'Neill … said": short, but a cue names its speaker
        ("Amy Park", "named"),  # In a letter to colleagues, Sen. Amy Park wrote that — "Sen." keeps its stop
        ("speaker's office", "described"),
        ("senior administration official", "described"),  # …, speaking on condition of anonymity, said
        ("Goldman Sachs analysts", "described"),
    ]
    # a short quotation is kept because a cue names its speaker, and says so
    theater = next(q for q in doc.quotes if "theater" in q.text)
    assert theater.speaker_via == "cue"


def test_organisations_as_speakers_and_hard_wrapped_lines(tmp_path):
    text = (FIXTURES / "chemical_plant.txt").read_text(encoding="utf-8")
    expected = [
        ("Clean Air Louisiana", [1]),  # Clean Air Louisiana, which obtained …, said the logs "…"
        ("Delta Chemical", [2]),  # "…," the company said in a statement.
        ("Delta Chemical", []),  # It added that the group had "…"
        ("Louisiana Department of Environmental Quality", []),  # A spokesperson for …
        ("Lorraine Batiste", []),
    ]
    assert [(q.speaker, q.refs) for q in extract_file(FIXTURES / "chemical_plant.txt").quotes] == expected
    # the same article hard-wrapped at 70 columns, as text copied from a terminal or an email
    body, notes = text.split("\nReferences\n")
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in body.strip().split("\n\n")) + "\n\nReferences\n" + notes
    (tmp_path / "wrapped.txt").write_text(wrapped, encoding="utf-8")
    assert [(q.speaker, q.refs) for q in extract_file(tmp_path / "wrapped.txt").quotes] == expected


def test_page_furniture_is_not_the_article():
    doc = extract_file(FIXTURES / "news_page_furniture.html")
    m = doc.meta
    assert (m.title, m.byline, m.published, m.site) == ("Mayor defends housing plan", "Chris Yoon", "2024-02-20", "Metro Daily")
    # share buttons, a photo caption, related links, comments and the site footer all carry
    # quoted words; only the article's two quotations are quotations
    assert [(q.speaker, q.text[:20]) for q in doc.quotes] == [("Lena Ortiz", "We cannot keep telli"), ("Rafael Soto", "This plan hands the ")]


def test_an_article_wrapper_named_like_furniture_is_kept():
    html = (
        '<html><body><div class="social-issues-article"><p>“We cannot keep telling young families there is no room '
        'for them,” said Lena Ortiz at the meeting.</p></div><div class="share">Share this</div></body></html>'
    )
    assert [q.speaker for q in extract_text(html, fmt="html").quotes] == ["Lena Ortiz"]


def test_posts_on_platforms_and_whose_words_a_post_is():
    doc = extract_file(FIXTURES / "social_posts.txt")
    assert [(q.speaker, q.outlet) for q in doc.quotes] == [
        ("Jane Smith", "Twitter"),  # In a tweet on Monday, Smith wrote:
        ("Omar Farouk", "Facebook"),  # Farouk’s reply, posted on Facebook, read:
        ("Jane Smith", "Instagram"),  # “…,” Smith posted on Instagram
        ("Jane Smith", "Twitter"),  # Smith’s tweet was deleted … A screenshot shows it read:
    ]
