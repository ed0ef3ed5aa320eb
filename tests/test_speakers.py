"""Who said it, on shapes of news attribution beyond the seeds: titles printed as
abbreviations, party tags, surnames alone, questions, split quotations and short answers.
Each example is written for this test; `speaker_via` says how each speaker was decided."""

from __future__ import annotations

import pytest
from provgraph.loaders import extract_text


def attributed(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text)
    return [(q.text, q.speaker, q.speaker_via) for q in doc.quotes]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a title printed as an abbreviation is not a sentence end, nor the speaker
        ("“The ovens will stay open through the whole winter season,” Mr. Okafor said.", "Okafor"),
        (
            "“The levy was never meant to pay for a single crane,” said Sen. Ines Duarte, who chairs the panel.",
            "Ines Duarte",
        ),
        # a party tag between the name and its verb
        (
            "“The guild has been treated as a bank by the harbour board,” Rep. Tove Arnesen (D-Ore.) said Friday.",
            "Tove Arnesen",
        ),
        # a surname alone, never named in full
        ("“We will not raise the bread tax again this year,” Rezaian said.", "Rezaian"),
        # a quotation that closes its own sentence with a question mark
        ("“Who will pay for the cranes once the levy runs out?” Halvorsen asked.", "Halvorsen"),
        ("“Why is this not proof that the board is too big to manage?” Brandt demanded.", "Brandt"),
        # a nested quotation does not end the outer one
        ("“I heard her ask, ‘Will she close the ovens?’ and then we all left,” Pauli testified.", "Pauli"),
        # a middle initial
        (
            "Board Chair Maria T. Lindgren said, “The ovens will stay open through the whole winter.”",
            "Maria T. Lindgren",
        ),
    ],
)
def test_speaker_named_by_the_cue(sentence, speaker):
    [(_, found, via)] = attributed(sentence + "\n")
    assert (found, via) == (speaker, "cue")


def test_a_short_first_part_carries_the_speaker_to_the_second():
    quotes = attributed(
        "“That’s perfect,” Boudreau said. “It’s the mark of a true competitor doing things for the team.”\n"
    )
    assert quotes == [
        ("That’s perfect,", "Boudreau", "cue"),
        ("It’s the mark of a true competitor doing things for the team.", "Boudreau", "earlier sentence"),
    ]


def test_short_quotations_are_kept_only_with_a_cue():
    doc = extract_text(
        "The board called the plan a “bold step” and its critics “the usual suspects.”\n\n“It is gutless,” Warren said.\n"
    )
    assert [(q.text, q.speaker) for q in doc.quotes] == [("It is gutless,", "Warren")]


def test_a_plural_noun_opening_a_sentence_is_not_a_surname():
    doc = extract_text(
        "“The harbour will be empty by the end of the decade,” Commentators say, pointing at the cranes.\n"
    )
    assert doc.quotes[0].speaker is None


def test_a_credit_after_a_horizontal_bar_and_a_no_break_space():
    doc = extract_text("“Maybe we can build a wall around the whole harbour.” ―\u00a0Steve Quinlan\n")
    assert (doc.quotes[0].speaker, doc.quotes[0].speaker_via) == ("Steve Quinlan", "credit line")


def test_a_pronoun_resolves_and_says_so():
    doc = extract_text(
        "Ines Duarte, who chairs the harbour panel, spoke after the vote.\n\n“The levy was never meant to pay for cranes,” she said.\n"
    )
    assert (doc.quotes[0].speaker, doc.quotes[0].speaker_via) == ("Ines Duarte", "pronoun")


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a middle initial's stop does not end the clause after the quotation
        (
            "“The harbour will be empty by the end of this decade,” Rep. Tove E. Arnesen (D-Ore.) said in an interview.",
            "Tove E. Arnesen",
        ),
        (
            "“The cranes were never needed at all,” Ivo R. Brandt II, a writer for the Gazette, said on Twitter.",
            "Ivo R. Brandt II",
        ),
        # a party tag between commas
        ("“The victims need their day in court,” Senator Ines Duarte, R-Ore., said Tuesday.", "Ines Duarte"),
    ],
)
def test_initials_suffixes_and_tags_between_name_and_verb(sentence, speaker):
    [(_, found, via)] = attributed(sentence + "\n")
    assert found is not None and set(speaker.split()) <= set(found.split()) and via == "cue"


def test_transcript_turns_name_their_speaker():
    text = '"WALLACE: Do you really see those two as equivalent, the owner and the singer?\n\n"PENCE: Well, look, the owner has been saying some tough things."\n'
    assert [(s, v) for _, s, v in attributed(text)] == [("WALLACE", "cue"), ("PENCE", "cue")]


def test_a_conjunction_is_not_the_speaker():
    text = "Ines Duarte spoke after the vote. But she said that the levy “was never meant to pay for a single crane.”\n"
    assert attributed(text)[0][1] == "Ines Duarte"


def test_a_standalone_quotation_takes_the_speaker_of_the_sentence_before():
    text = (
        "Arnesen has led the pilots since 2015.\n\n"
        "Sometimes the board does not follow its own rules, she said. “But does that mean the pilots should pay for it?”\n"
    )
    doc = extract_text(text)
    assert (doc.quotes[0].speaker, doc.quotes[0].speaker_via) == ("Arnesen", "earlier sentence")


def test_a_credit_in_brackets_after_the_quotation():
    doc = extract_text("“The sea gives back what the harbour forgets, sooner or later.” (Tove Arnesen)\n")
    assert (doc.quotes[0].speaker, doc.quotes[0].speaker_via) == ("Tove Arnesen", "credit line")


def test_a_footnote_that_credits_a_person_names_the_speaker():
    text = "“The sea gives back what the harbour forgets, sooner or later.”[1]\n\nNotes\n[1] Tove Arnesen, a Norwegian poet and pilot. Source: www.harbourquotes.example\n"
    doc = extract_text(text)
    assert (doc.quotes[0].speaker, doc.quotes[0].outlet) == ("Tove Arnesen", "www.harbourquotes.example")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a country after "ambassador to" opens the capitalised run; the name is what follows it
        (
            "Freedonia’s ambassador to Sylvania Wen Lishan has warned the harbour board.\n\n"
            "Wen said that the fleet could sail within days, adding: “The ships are already in the northern harbour and ready to leave.”",
            "Wen Lishan",
        ),
        (
            "Secretary of Harbours Ines Duarte spoke on Friday.\n\n"
            "Duarte said, “The cranes will stay where they are for the whole winter season.”",
            "Ines Duarte",
        ),
    ],
)
def test_a_name_after_a_preposition_does_not_take_its_object(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # words a cue-reader took from a clause are no described speaker
        "Mayor Tove Arnesen spoke at the fair on Sunday. Audience members cheered when she told them, "
        "“We will build the bridge before the winter comes again.”",
        "Minister Pal Okafor was asked about the ovens. With his usual scorn for the guild, or anything to do with “bread”, he replied:\n"
        "“The ovens will close before the first snow falls on the harbour.”",
    ],
)
def test_clause_words_are_not_a_described_speaker(text):
    for _, speaker, _ in attributed(text):
        assert speaker is None or (" when " not in speaker and not speaker.startswith(("or ", "with ")))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the place a politician is named by is not part of the name
        ("“The levy will stay where it is for the whole of next year,” said Sen. Ines Duarte of Oregon, the panel's ranking member.", "Ines Duarte"),
        ("“The ovens will not close before the spring thaw comes,” said Governor Pal Okafor of the Northern Province.", "Pal Okafor"),
        # a body's own name keeps its "of"
        ("“The rate will not move again before the end of this year,” said the Bank of Sylvania.", "Bank of Sylvania"),
        # a transcript's label names the turn's speaker, not the line introducing the transcript
        ("Partial transcript as follows:\n\n“ARNESEN: Let's start with the news from the harbour this morning, shall we?”", "ARNESEN"),
        # a headline in capitals before a dash is no speaker
        (
            "HARBOUR BOARD RESIGNS AGAIN — Okafor’s plan earned him a rebuke from the guild, which called it "
            "“a plan to close every single oven in the city.”",
            None,
        ),
    ],
)
def test_names_as_news_prints_them(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "according to" a person described after a comma
        ("According to Ines Duarte, head of the bakers guild in Lisbon, “the guild condemns this misuse of the winter levy by the board.”", "Ines Duarte"),
        # "in the words of" a person, a relative clause after the name
        ("In the words of former harbour master Pal Okafor who ran the port for a decade, “it is not useful to count the ships that sank”.", "Pal Okafor"),
    ],
)
def test_prepositional_attribution_before_a_quotation(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_a_modal_opening_a_question_is_not_the_antecedent_of_he():
    text = (
        "Prince Pal Okafor gave an interview on Sunday. Must a prince answer to the courts like anyone else? "
        "He instead told the Gazette interviewer: “I took the call because this was a matter for the crown alone.”"
    )
    assert [(s, via) for _, s, via in attributed(text)] == [("Pal Okafor", "pronoun")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the one who "described" the words so, not the sentence's subject
        ("Ines Duarte was voted off the show in what host Pal Okafor described as the “hardest verdict the judges have given all season.”", "Pal Okafor"),
        # an unnamed group is no name
        ("The plan failed in what critics called “the worst week the harbour board has had in a decade.”", None),
    ],
)
def test_what_someone_described_as(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_a_place_after_in_is_not_the_antecedent_of_he():
    text = (
        "Governor Pal Okafor spoke to the crowd on Friday. The rally was held in Port Sylvan. "
        "He said, “The crowd was the largest we have seen in this town for many years.”"
    )
    assert [(s, via) for _, s, via in attributed(text)] == [("Pal Okafor", "pronoun")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a headline in title case holds a verb: it is not the full form of a surname
        (
            "Okafor Says Harbour Will Stay Open\n\nPORT SYLVAN -- Governor Okafor, opening the new pier on Friday, said the harbour "
            "“will stay open through the whole of the coming winter season.”",
            "Okafor",
        ),
        # a law is not the person a "he" stands for
        (
            "Secretary Pal Okafor spoke on Friday about the rules for the port. The rules come from the Harbour Safety Act of 1998. "
            "He said that if “the crews do not file their papers, the port will close its gates to them.”",
            "Pal Okafor",
        ),
    ],
)
def test_headlines_and_laws_are_not_people(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_an_adverb_opening_the_sentence_is_not_its_subject():
    text = (
        "The Harbour Commission answered the guild's letter on Monday. "
        "Critically, however, it pointed out that it does not have “a role in setting the price of bread in the city.”"
    )
    assert [(s, via) for _, s, via in attributed(text)] == [("Harbour Commission", "pronoun")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the sentence opens with no one who could be "she": she speaks
        (
            "Mayor Tove Arnesen spoke at the fair on Sunday. Audience members cheered when she told them, "
            "“We will build the bridge before the winter comes again.”",
            "Tove Arnesen",
        ),
        # the sentence opens with the person "she" stands for
        (
            "Pal Okafor spoke on Friday. Ines Duarte says she thanked the guild for its patience through what she calls "
            "“a winter of some very unpleasant words about the ovens.”",
            "Ines Duarte",
        ),
    ],
)
def test_a_pronoun_before_the_verb_speaks_when_the_sentence_opens_with_no_one(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_no_speaker_kind_without_a_speaker():
    """A plural read as a surname and then dropped ("Critics said") left its kind behind:
    the JSON said `speaker_kind: named` beside `speaker: null`."""
    doc = extract_text("Critics said the crews “may try to use increasingly sophisticated methods to hide their cargo.”")
    assert [(q.speaker, q.speaker_kind, q.speaker_via) for q in doc.quotes] == [(None, None, None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a group named by what it belongs to is a described speaker
        (
            "Officials at the Harbour Authority, a division of the port office, said the crews "
            "“may try to use increasingly sophisticated methods to hide their cargo.”",
            "Officials at the Harbour Authority",
        ),
        ("Critics of the Harbour Board said the plan was “a bargain that the city will regret for many winters to come.”", "Critics of the Harbour Board"),
        # a group with nothing to say whose it is, is no one
        ("Commentators say “the harbour has never been busier than it is in this cold winter season.”", None),
    ],
)
def test_a_group_named_by_what_it_belongs_to_speaks(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a sentence opening on whose study, survey or report it is reporting
        (
            "According to a 2021 study by Marta Lindqvist of the University of Bergen, the agency's habit has been to "
            "“move the money through three separate accounts before every audit.”",
            "Marta Lindqvist",
        ),
        ("According to the annual survey by Tomas Ferreira, most pilots “would not take the night shift again for any money.”", "Tomas Ferreira"),
        # a work by no one named is no speaker
        ("According to a survey by the harbour office, pilots would “not take the night shift again for any money.”", None),
    ],
)
def test_according_to_a_work_by_someone_gives_them_the_words(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_quotations_between_doubled_apostrophes_end_and_begin_sentences():
    """Archives print quotations between doubled apostrophes (''Like this,'' said …). The
    sentence before such a quotation did not end at its full stop, so the next sentence's
    quotation took the words before it for a speaker ("Lisbon's harbour depends")."""
    doc = extract_text(
        "Lisbon's harbour depends on the ferries. ''That's the city's weak point,'' said Ana Ruiz, who runs the pilots' guild. "
        "''There is nothing more important in Lisbon than the night ferries.''"
    )
    assert [(q.speaker, q.speaker_via) for q in doc.quotes] == [("Ana Ruiz", "cue"), ("Ana Ruiz", "earlier sentence")]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # the clause after a quotation that closed its own sentence runs on into the next one
        (
            "The court ruled on Monday.\n\nIn a statement, Ruiz said the court’s decision “will effectively force us to put the ferries "
            "back on the night schedule.” She said that if “the final ruling requires us to restore the night schedule, we will do so.”",
            ["Ruiz", "Ruiz"],
        ),
        # a clause that pauses on a comma before the next quotation still speaks for both
        ("“We will rebuild the bridge before the winter.” Ruiz said, “and we will do it with the money we have now.”", ["Ruiz", "Ruiz"]),
    ],
)
def test_a_clause_leading_into_the_next_quotation_is_not_the_last_ones(text, speakers):
    assert [s for _, s, _ in attributed(text)] == speakers


def test_a_quotation_after_reported_speech_takes_whoever_the_sentence_ends_on():
    """"…while the mayor negotiates with Porto over the ferries, Ruiz said. “…”": the sentence
    before ends on who reported it; the earlier-sentence step took a place in it instead."""
    doc = extract_text(
        "The council may be slow to act while Mayor Ines Duarte negotiates with Porto over the ferries, Ruiz said. "
        "“The other thing the council may be weighing is whether it would look like they were taking sides.”"
    )
    assert [(q.speaker, q.speaker_via) for q in doc.quotes] == [("Ruiz", "earlier sentence")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "…,” but she said …: a new statement, not the quotation's attribution
        (
            "Ana Ruiz, the harbour chief, said that the ferry footage did not give “clear visual evidence that the pilot was asleep "
            "at the wheel,” but she said the footage would be shown to the families.",
            "Ana Ruiz",
        ),
        ("Tomas Ferreira agreed that the line was “good enough overall to keep running through the winter,” while others said the opposite.", "Tomas Ferreira"),
    ],
)
def test_a_clause_opening_on_a_conjunction_after_a_quotation_is_not_its_attribution(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_a_quotation_left_open_is_resumed_after_a_pictures_caption():
    """Web pages set captions and "SEE MORE" links between the paragraphs of a quotation; the
    paragraph that takes it up again, on a quote mark, is the same speaker's."""
    doc = extract_text(
        "Harbour news\n\nAna Ruiz, the harbour chief, said: “These pilots are also workers. They have to be paid for the night shifts.\n\n"
        "The ferries kept running through the storm (Image: GETTY )\n\nSEE MORE: Harbour strike enters its second week\n\n"
        "“Other than paying them, I don’t see that there’s any other way out for the board.”\n\n"
        "The board met on Monday.\n\n“We will not pay a single cent more than the contract says,” the chairman said.\n\n"
        "A long paragraph of reporting follows here, with many more words than a caption would ever hold, about the ferries and the board and the winter.\n\n"
        "“Nobody on the board has asked the pilots what the night shifts are like.”"
    )
    assert [(q.speaker, q.speaker_via) for q in doc.quotes][:2] == [("Ana Ruiz", "cue"), ("Ana Ruiz", "earlier sentence")]
    # a quotation that was closed, or one after a paragraph of reporting, is not resumed
    assert doc.quotes[-1].speaker != "Ana Ruiz"


def test_a_reporting_verb_reaches_a_quotation_across_a_long_object():
    """"Ruiz … told investors of the Harbour Trust, the ferry line's owner, on Oct. 31 that the
    sale would let the company quickly pay down its debt and “…”": twenty-odd words between
    the verb and the quotation are still its clause."""
    doc = extract_text(
        "Ruiz, who will chair the merged line, told investors of the Harbour Trust, the ferry line's owner, on Oct. 31 that the sale "
        "would let the company quickly pay down its debt and “return money to the towns through lower fares, in addition to new boats.”"
    )
    assert [(q.speaker, q.speaker_via) for q in doc.quotes] == [("Ruiz", "cue")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "…,” adding that its …: the one adding spoke before the quotation
        (
            "In a statement, Navigator said: “The ferry line was highly successful when it became an independent company "
            "nearly a decade ago,” adding that its value quadrupled in less than a year.",
            "Navigator",
        ),
        # a pronoun after the quotation gives way to the name before it in the same sentence
        (
            "Oz appeared at the hearing.\n\nSenator Ines Duarte scolded him: “The whole harbour community is almost united "
            "against you in terms of the safety of the night ferries,” she said.",
            "Ines Duarte",
        ),
    ],
)
def test_a_name_before_the_quotation_outranks_a_pronoun_or_participle_after_it(text, speaker):
    assert [s for _, s, _ in attributed(text)] == [speaker]


def test_words_quoted_again_take_the_speaker_named_for_them_first():
    """Issue 11: a column quotes a spokeswoman in full, then holds her own words up again
    with no verb of saying ("has given “…”"); they are still hers."""
    quotes = attributed(
        "“I have answered every question about the harbour contract openly and honestly,” Ilse Marwick told the Courier.\n\n"
        "Which is the trouble. Marwick, by her own count, has given “every question about the harbour contract” an answer.\n"
    )
    assert quotes[1] == ("every question about the harbour contract", "Ilse Marwick", "repeated quotation")


def test_a_stock_phrase_quoted_twice_is_not_taken_for_someones_words():
    quotes = attributed(
        "“We serve the people of this town,” the mayor Ilse Marwick said.\n\nThe people of this town are not “the people” now.\n"
    )
    assert [s for _, s, _ in quotes] == ["Ilse Marwick"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a plural noun opening the clause names the group that spoke
        ("Prosecutors alleged that the firm “moved the money through three shell companies over many years.”", "Prosecutors"),
        ("Investigators said the blast “was caused by a gas leak under the old bakery on the quay.”", "Investigators"),
        # …unless the article does not say who they are
        ("Critics said the plan “will leave the town with debts it can never hope to repay.”", None),
        # a thing is no speaker
        ("Documents show the firm was “moving money through three shell companies for years.”", None),
    ],
)
def test_a_group_named_by_a_plural_noun_is_a_described_speaker(sentence, speaker):
    doc = extract_text("Harbour notes\n\nSome background about the port.\n\n" + sentence + "\n")
    [quote] = doc.quotes
    assert quote.speaker == speaker
    assert quote.speaker_kind == ("described" if speaker else None)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # verbs that judge as they quote: the words are the judge's
        ("In a June speech, Mayor Dana Whitcombe attacked “the lazy thinking of the old council and its friends.”", "Dana Whitcombe"),
        ("The Harbour Board issued a statement calling the vote “a clear breach of every rule we have agreed upon.”", "Harbour Board"),
        ("Councillor Ada Pike, despite admitting that she had concerns about “developers trying to get rich quickly,” backed it.", "Ada Pike"),
    ],
)
def test_a_verb_that_judges_what_it_quotes_names_the_speaker(sentence, speaker):
    doc = extract_text("Harbour notes\n\nSome background about the port.\n\n" + sentence + "\n")
    assert [q.speaker for q in doc.quotes] == [speaker]


@pytest.mark.parametrize("open_mark, close_mark", [("“", "”"), ('"', '"')])
def test_a_quotation_before_the_verb_is_not_its_subject(open_mark, close_mark):
    """`Marlow “…,” Pike said, and still “…”`: the second quotation is Pike's too, not
    Marlow's, whose name only opens the sentence (curly marks once split a character)."""
    text = (
        f"Harbour notes\n\nSome background about the port.\n\nMarlow {open_mark}got a deal from the harbour board,{close_mark} "
        f"Pike said, and still {open_mark}got to sit in on every one of the board's meetings about it.{close_mark}\n"
    )
    assert [q.speaker for q in extract_text(text).quotes] == ["Pike", "Pike"]


LEAD = "Harbour notes\n\nSome background about the port and its board.\n\n"


def speakers_in(sentence: str) -> list[str | None]:
    """The speakers of a sentence's quotations, the sentence set after a title and a lead."""
    return [q.speaker for q in extract_text(LEAD + sentence + "\n").quotes]


@pytest.mark.parametrize(
    "step, text, speaker, via",
    [
        ("transcript_turn", "The hearing went on.\n\n“PIKE: Well, the question really should be who pays for the cranes next year.”\n", "PIKE", "cue"),
        ("cue_after", "“The cranes will be paid for by the levy,” Ada Pike said.\n", "Ada Pike", "cue"),
        ("cue_before", "Ada Pike said: “The cranes will be paid for by the levy next year.”\n", "Ada Pike", "cue"),
        ("cue_before (lead-in paragraph)", "Ada Pike put it this way:\n\n“The cranes will be paid for by the levy next year.”\n", "Ada Pike", "earlier sentence"),
        ("credit_line", "“The sea keeps no ledger, and neither should the harbour.”\n—Ada Pike\n", "Ada Pike", "credit line"),
        # a verb in the present after the name ("chairs the board") makes it the antecedent
        ("named (pronoun)", "Ada Pike chairs the board. “The cranes will be paid for by the levy,” she said.\n", "Ada Pike", "pronoun"),
        ("previous_quotation", "“The cranes will be paid for,” Ada Pike said. “The levy will cover every one of them.”\n", "Ada Pike", "earlier sentence"),
        ("sentence_before", "The levy is enough, Ada Pike said on Monday.\n\n“We will not need another loan for the cranes.”\n", "Ada Pike", "earlier sentence"),
        ("note_author", "“The sea keeps no ledger, and neither should the harbour.”[1]\n\nNotes\n[1] Ada Pike, harbour master.\n", "Ada Pike", "credit line"),
    ],
)
def test_each_attribution_step_decides_its_own_shape(step, text, speaker, via):
    """One hand-written case per step of core/src/speakers.rs, in the order they are tried;
    `speaker_via` says which step decided."""
    quotes = attributed(LEAD + text)
    assert (quotes[-1][1], quotes[-1][2]) == (speaker, via), step


def test_an_adverb_between_a_name_and_its_verb_keeps_the_name_the_subject():
    """Issue 11: "Van Der Beek even touched upon … and noted": the name stays the subject
    past "even", and the quotation standing alone after that sentence is his."""
    quotes = attributed(
        LEAD + "In his first post on the matter, Ola Van Dijk even touched upon the fees and noted there was no plan.\n\n"
        "“The board has never once asked the crews what the winter costs them, not once in ten years.”\n"
    )
    assert quotes[-1][1:] == ("Ola Van Dijk", "earlier sentence")


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # the owner of the words speaks, not "Pike's"
        ("Pike's earlier letter said the port would be “the busiest harbour ever built on this coast of ours.”", "Pike"),
        # a passive verb names no speaker, past an adverb too…
        ("The plan was widely praised as “the boldest thing the board has done in a generation of boards.”", None),
        # …unless what is quoted is the subject's own ("for its claim that")
        ("Pike's letter was widely mocked for its claim that the port would be “the busiest harbour ever built.”", "Pike"),
        # an introduction running on past its comma is not the subject
        ("Following a hastily called, late-night meeting, the Harbour Board issued a statement calling the vote “a clear breach of every rule.”", "Harbour Board"),
        # "as X put it": X's words, whatever the sentence's subject
        ("As Ms. Lindqvist put it in a letter to the board in May, the port is “an asset nobody has ever bothered to value.”", "Lindqvist"),
        ("As Ola Brandt, a harbour pilot of thirty years, recently put it, “Who will steer when the last of us has retired?”", "Ola Brandt"),
        # the verb's clause opens after the last comma, on its subordinator
        ("The fees rose after the vote, when the councillor Ada Pike bluntly suggested that the board “has lost every sense of proportion.”", "Ada Pike"),
        # participles report speech as their verbs do ("asking", "tweeting")
        ("The council's new video shows Ada Pike asking, “Why are the ferry fees not falling after all these years?”", "Ada Pike"),
        ("Ola Brandt, a pilot of thirty years, mocked the plan on Monday, tweeting, “Who will steer the ferries when we have all retired?”", "Ola Brandt"),
        # a name set off by a dash before the quotation speaks, not the group the sentence opened with
        (
            "A chorus of harbour pilots has said the same, including the former harbour master Ines Duarte -- ''It is reckless for a ferry captain to refuse to show the logs'' -- and others.",
            "Ines Duarte",
        ),
        ("Many weighed in, among them the mayor Ines Duarte — “It is reckless for a ferry captain to hide the logs.”", "Ines Duarte"),
        # "sponsored by X and said": the agent of a passive inside the clause is not its subject
        (
            "Ines Duarte stressed her record at a forum sponsored by Harbour Radio and said she has the one quality the job needs: “Steadiness, an absolute rock steadiness, mixed with strength.”",
            "Ines Duarte",
        ),
        # a name alone between a whole clause's comma and the verb is the verb's subject
        (
            "Duarte will probably use the vote to make some kind of news, Pike said: “I feel like she has got a surprise up her sleeve.”",
            "Pike",
        ),
        ("Ines Duarte, a former mayor of Bergen, Norway, said: “I feel like the board has got a surprise up its sleeve.”", "Ines Duarte"),
        # the object of a preposition before a dash is not who speaks
        (
            "Pike distanced himself from Brandt, who, Pike said, has seemed supportive of Mr. Duarte -- “a completely different Brandt to me, which was a shock to me.”",
            "Pike",
        ),
        # a name in quote marks ends no one's words: the subject opens the sentence
        (
            "Ines Duarte spoke at a “Harbour Forum” sponsored by Harbour Radio and said she has the quality the job needs: “Steadiness, an absolute rock steadiness, mixed with strength.”",
            "Ines Duarte",
        ),
    ],
)
def test_the_speaker_a_clause_names_beyond_its_opening_words(sentence, speaker):
    """Owners, passives, long introductions, "as X put it", subordinate clauses and
    participles: the speaker is not simply the sentence's first name."""
    assert speakers_in(sentence) == [speaker]


HEADLINE_LEAD = "Harbour notes\n\nSome background about the port and its board.\n\n"


@pytest.mark.parametrize(
    "sentence, speaker, outlet",
    [
        # a body its own proper word identifies speaks as printed
        ('The Valley trade ministry said it "deplores the decision to close the ferry line to all of the islands."', "Valley trade ministry", None),
        # an anonymous source stays anonymous: a headline's common word is no one
        ('"We were never told about the levy or the cranes before the vote," the contact said.', None, None),
        # a place or a date is not a name
        ('"The ferry will run through the winter as long as we can pay for it" in Dorset, said Tove Arnesen.', "Tove Arnesen", None),
        ("On 14th March, Valley Radio took the millers' side: \"The levy is unfair to every small bakery in the valley.\"", "Valley Radio", "Valley Radio"),
        ('A March 2, 2015 exchange has Brandt saying, "the board will never agree to sell the port to anyone."', "Brandt", None),
        # an outlet outside any list: a site's domain, a paper named after its kind
        ('"We will fight this levy in every court of the land," Voss told Crumbcheck.info on Monday.', "Voss", "Crumbcheck.info"),
        ('"We will fight this levy in every court of the land," Voss told the local paper The Valley Times.', "Voss", "The Valley Times"),
        # a person is not an outlet, whatever the name
        ('"We will fight this levy in every court of the land," said Fortune, who chairs the guild.', "Fortune", None),
    ],
)
def test_bodies_places_dates_and_outlets_outside_the_lists(sentence, speaker, outlet):
    doc = extract_text(HEADLINE_LEAD + sentence)
    assert [(q.speaker, q.outlet) for q in doc.quotes] == [(speaker, outlet)]


WRAPPED = """Harbour notes

The old mill on the river closed in May after a long and bitter fight
over the water rights that the board had sold to the ferry company in
the spring of last year. Few in the town were surprised by it. The mill
had lost money for years, and the owners had warned of it in March, as the Valley
Gazette reports, "the last of the old mills on the river has gone quiet
after three hundred years of grinding the valley's grain."
"""


def test_an_outlet_name_broken_over_two_wrapped_lines_reads_whole():
    (quote,) = extract_text(WRAPPED).quotes
    assert (quote.speaker, quote.outlet) == ("Valley Gazette", "Valley Gazette")


def test_an_epigraph_in_verse_lines_takes_the_credit_on_the_line_below():
    """A headline that seems to hold a verb ("Harbour notes") reports no one's words."""
    text = 'Harbour notes\n\n"The tide comes in,\nthe tide goes out,\nand the mill wheel turns\nwithout a doubt."\n--Ola Brandt\n\nThe mill closed in May.\n'
    assert [(q.speaker, q.speaker_via) for q in extract_text(text).quotes] == [("Ola Brandt", "credit line")]
