"""Each canned query on small hand-built corpora, on both stores: chains, cycles, ties and
missing dates, no results."""

from __future__ import annotations

from pathlib import Path

import pytest
from provgraph.graph import load_paths
from provgraph.graph.variants import word_diff
from provgraph.queries import QueryError, run_query
from provgraph.queries.trace import trace_quote

ORIGINAL = """The Original Report

By Jane Doe

Published June 1st, 2019 in The Times.
“We found the ledger in a locked drawer of the minister’s office,” said Ana Ruiz, a clerk.
"""
SECOND_HAND = """Second Hand Story

The clerk’s account was first published elsewhere.[1] “We found the ledger in a locked drawer of the minister’s office,” Ana Ruiz told The Times.[1]
As The Times reported in June 2019, the ledger was real.

References
[1] Doe, Jane, The Original Report, The Times, June 1st, 2019.
"""
THIRD_HAND = """Third Hand Column

Commentators repeat the story.[1] Some add another source.[2] And one cites nothing that exists.[7]
“We found the ledger in a locked drawer of the office,” Ruiz said, according to the Echo.[1]

References
[1] Roe, Rick, Second Hand Story, Daily Echo, July 2nd, 2019.
[2] Poe, Pat, An Unrelated Audit, The Ledger Review, 2018.
"""


def write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(params=["cited-first", "original-first"])
def corpus(request, store, tmp_path):
    files = [write(tmp_path, "c.txt", THIRD_HAND), write(tmp_path, "b.txt", SECOND_HAND), write(tmp_path, "a.txt", ORIGINAL)]
    if request.param == "original-first":
        files.reverse()
    for f in files:  # one at a time, as a newsroom adds them
        summary = load_paths(store, [f])
        assert not summary.failed, summary.failed
    return store


def test_claims_resting_on_follow_the_chain(corpus):
    original = next(r["id"] for r in corpus.query("MATCH (s:Source) WHERE s.title = 'The Original Report' RETURN s.id AS id"))
    rows = run_query(corpus, "claims-resting-on", {"source": original})
    by_article = {}
    for r in rows:
        by_article.setdefault(r["article"], set()).add(r["hops"])
    assert by_article["Second Hand Story"] == {1}
    assert 2 in by_article["Third Hand Column"]  # through the second-hand story
    assert run_query(corpus, "claims-resting-on", {"source": "An Unrelated Audit"}) != []
    with pytest.raises(QueryError, match="no source"):
        run_query(corpus, "claims-resting-on", {"source": "zzzz qqqq"})


def test_claims_resting_on_say_by_which_path(corpus):
    """Issue 14: a claim rests on a report through its footnote, a mention in the text, a
    chain of citing sources, or a quotation the report carried first (or another wording of
    it); each row says which."""
    rows = run_query(corpus, "claims-resting-on", {"source": "The Original Report"})
    paths = {(r["article"], r["rests_by"]) for r in rows}
    assert ("Second Hand Story", "footnote") in paths
    assert ("Second Hand Story", "mention in the text") in paths  # "As The Times reported in June 2019"
    assert ("Second Hand Story", "quotation first reported there") in paths
    assert ("Third Hand Column", "citation chain") in paths
    assert ("Third Hand Column", "another wording of a quotation first reported there") in paths
    assert all(r["article"] != "The Original Report" for r in rows)  # a report does not rest on itself
    assert rows == sorted(rows, key=lambda r: (r["article"], r["path"], r["char_start"], r["hops"], r["rests_by"]))


MENTIONED = """Follow-up Piece

Published March 3rd, 2021.

The port deal was signed in secret.[1]
As the Harbour Gazette reported last May, the contract ran to forty pages.
This year, a Harbour Gazette investigation found new papers.

References
[1] Lind, Ola, Secret Port Contract Signed, Harbour Gazette, May 4th, 2019.
"""


def test_a_mention_finds_the_report_the_article_cites(store, tmp_path):
    """"As the Harbour Gazette reported last May": counted from the article's date that is
    May 2020, but the article's own notes cite the Gazette's May 2019 piece, and nothing else
    of the Gazette's. "This year" (2021) is another piece."""
    load_paths(store, [write(tmp_path, "f.txt", MENTIONED)])
    rows = run_query(store, "claims-resting-on", {"source": "Secret Port Contract"})
    paths = sorted((r["rests_by"], r["claim"][:20], r["how"]) for r in rows)
    assert paths == [
        ("footnote", "The port deal was si", "footnote; exact key"),
        ("mention in the text", "As the Harbour Gazet", "mention; outlet this article cites"),
    ]


def test_claims_resting_on_agrees_with_trace(seeds, tmp_path):
    """Issue 14: trace names the Intercept's June 2019 report as the origin of quotations in
    seeds 001, 002 and 003, yet claims-resting-on once listed claims of 000 and 001 only."""
    from provgraph.graph import open_store

    with open_store(str(tmp_path / "g")) as store:
        load_paths(store, [seeds])
        traced = trace_quote(store, "never been a real person")
        rows = run_query(store, "claims-resting-on", {"source": "Intercept June 2019"})
    assert traced["origin"]["date"] == "2019-06-09"
    traced_files = {Path(r["path"]).name for r in traced["appearances"]}
    resting_files = {Path(r["path"]).name for r in rows}
    assert traced_files <= resting_files
    assert {"000_c664e1a50c41c880.txt", "002_c3c8507b488f6251.txt", "003_f94b7a0ef6b179a0.txt"} <= resting_files
    assert any(r["rests_by"] == "mention in the text" and r["claim"].startswith("As The Intercept reported last June") for r in rows)


def test_one_report_one_source_whichever_order(corpus):
    rows = corpus.query("MATCH (s:Source) WHERE s.title = 'The Original Report' OR s.title = 'Second Hand Story' RETURN s.title AS t, s.loaded AS l")
    assert sorted((r["t"], r["l"]) for r in rows) == [("Second Hand Story", True), ("The Original Report", True)]


def test_single_source_claims(corpus):
    rows = run_query(corpus, "single-source-claims")
    third = [r for r in rows if r["article"] == "Third Hand Column"]
    # "repeat the story" rests on the second-hand story, which rests on two originals: not single
    assert all(r["rests_on"] != "Second Hand Story" for r in rows)
    assert any(r["rests_on"] == "An Unrelated Audit" for r in third)


def test_stored_roots_are_what_walking_the_chains_gives(corpus):
    """Issue 15: queries read each claim's roots from the claim; whatever order the articles
    came in, they must be what walking its citation chains in the finished graph gives."""
    from provgraph.graph import statements as st

    stored = {r["id"]: sorted(r["roots"]) for r in corpus.query("MATCH (c:Claim) RETURN c.id AS id, c.roots AS roots")}
    walked = {r["id"]: sorted(r["roots"]) for r in corpus.query(st.CLAIM_ROOTS, {"ids": sorted(stored)})}
    assert stored == walked
    original = corpus.query("MATCH (s:Source) WHERE s.title = 'The Original Report' RETURN s.id AS id")[0]["id"]
    assert sum(original in roots for roots in stored.values()) >= 2  # second-hand, and third-hand through it


def test_trace_origin_is_the_earliest_report_and_keeps_variants(corpus):
    result = trace_quote(corpus, "found the ledger in a locked drawer")
    assert result["speaker"] == "Ana Ruiz"
    assert result["origin"]["title"] == "The Original Report" and result["origin"]["date"] == "2019-06-01"
    variants = run_query(corpus, "quote-variants")
    # one edge per pair, whatever the load order; the diff shows the changed word either way
    assert variants and any(("[-minister’s-]" in v["diff"]) or ("{+minister’s+}" in v["diff"]) for v in variants)
    # and trace lists the other wording of each wording that holds the words (issue 14)
    assert sorted(v["variant_first_in"] for v in result["variants"]) == ["Second Hand Story", "The Original Report"]


def test_quote_variants_say_where_and_when_each_wording_was_first_printed(corpus):
    """Issue 14: a variant row shows who changed the words: each wording's first source, its
    date and the speakers the articles printing it name."""
    [row] = run_query(corpus, "quote-variants")
    wordings = {row["quote_first_in"]: row["quote_first_seen"], row["variant_first_in"]: row["variant_first_seen"]}
    # the altered wording footnotes the second-hand story, so that is where it was first printed
    assert wordings == {"The Original Report": "2019-06-01", "Second Hand Story": "2019-07-02"}
    assert "Ana Ruiz" in row["quote_speakers"] + row["variant_speakers"]


def test_who_said_is_case_insensitive_and_partial(corpus):
    rows = run_query(corpus, "who-said", {"person": "ruiz"})
    assert {r["person"] for r in rows} == {"Ana Ruiz"} and len(rows) >= 2
    assert run_query(corpus, "who-said", {"person": "nobody at all"}) == []


def test_cited_not_loaded_and_amplification(corpus):
    cited = {r["report"]: r for r in run_query(corpus, "cited-not-loaded")}
    assert set(cited) == {"An Unrelated Audit"}
    ranked = run_query(corpus, "amplification")
    assert ranked[0]["report"] in ("The Original Report", "Second Hand Story")
    assert ranked[0]["articles"] >= ranked[-1]["articles"]


def test_unsourced_reports_dangling_markers_and_mentions(corpus):
    problems = {r["problem"] for r in run_query(corpus, "unsourced")}
    assert "footnote marker with no entry: 7" in problems


def test_in_text_mention_links_to_the_dated_report(corpus):
    rows = corpus.query(
        "MATCH (c:Claim)-[e:CITES]->(s:Source) WHERE e.via = 'mention' RETURN c.text AS claim, s.title AS title"
    )
    assert [r["title"] for r in rows] == ["The Original Report"]


def test_article_provenance_shows_claims_resting_on_nothing(corpus):
    rows = run_query(corpus, "article-provenance", {"article": "Third Hand"})
    assert any(r["rests_on"] == [] and "nothing that exists" in r["claim"] for r in rows)


def test_word_diff_is_readable():
    assert word_diff("we found the ledger here", "we found [and] the ledger there") == "we found {+[and]+} the ledger [-here-] {+there+}"


def test_origin_is_stored_on_each_quote_at_load(corpus):
    rows = corpus.query(
        "MATCH (q:Quote) WHERE q.norm CONTAINS 'ministers office' "
        "MATCH (o:Source {id: q.origin}) RETURN q.first_seen AS first_seen, o.title AS origin"
    )
    assert rows == [{"first_seen": "2019-06-01", "origin": "The Original Report"}]


TIE_A = "Council story A\n\nPublished March 3, 2021.\n“We will rebuild the bridge before the winter comes,” said Ana Ruiz.\n"
TIE_B = "Council story B\n\nPublished March 3, 2021.\n“We will rebuild the bridge before the winter comes,” Ruiz told reporters.\n"
UNDATED = "Undated column\n\n“We will rebuild the bridge before the winter comes,” said Ana Ruiz.\n"


def test_origin_with_tied_dates_is_one_of_the_tied_and_stable(store, tmp_path):
    load_paths(store, [write(tmp_path, "a.txt", TIE_A), write(tmp_path, "b.txt", TIE_B)])
    first = store.query("MATCH (q:Quote) MATCH (s:Source {id: q.origin}) RETURN q.first_seen AS f, s.title AS t")
    assert len(first) == 1 and first[0]["f"] == "2021-03-03" and first[0]["t"] in ("Council story A", "Council story B")
    load_paths(store, [write(tmp_path, "c.txt", UNDATED)])  # an undated appearance changes nothing
    assert store.query("MATCH (q:Quote) MATCH (s:Source {id: q.origin}) RETURN q.first_seen AS f, s.title AS t") == first
    result = trace_quote(store, "rebuild the bridge")
    assert result["speaker"] == "Ana Ruiz" and result["origin"]["date"] == "2021-03-03"
    assert len(result["appearances"]) == 3


LATER = "Council story C\n\nPublished May 9, 2022.\n“We will rebuild the bridge before the winter comes,” said Ana Ruiz.\n"
EARLIER = "Council story D\n\nPublished January 5, 2020.\n“We will rebuild the bridge before the winter comes,” said Ana Ruiz.\n"


def origin_of_bridge_quote(store) -> list[dict]:
    return store.query("MATCH (q:Quote) WHERE q.norm CONTAINS 'rebuild the bridge' MATCH (s:Source {id: q.origin}) RETURN q.first_seen AS f, s.title AS t")


def test_origin_moves_to_an_earlier_appearance_loaded_later_and_back_when_it_goes(store, tmp_path):
    """Issue 15: a later load compares its appearances with the origin the store holds instead of
    reading every appearance again; the answer must be the one a full reading gives."""
    load_paths(store, [write(tmp_path, "c.txt", LATER)])
    assert origin_of_bridge_quote(store) == [{"f": "2022-05-09", "t": "Council story C"}]
    earlier = write(tmp_path, "d.txt", EARLIER)
    load_paths(store, [earlier])
    assert origin_of_bridge_quote(store) == [{"f": "2020-01-05", "t": "Council story D"}]
    load_paths(store, [write(tmp_path, "a.txt", TIE_A)])  # a later appearance changes nothing
    assert origin_of_bridge_quote(store) == [{"f": "2020-01-05", "t": "Council story D"}]
    # the earliest article is changed and no longer quotes the words: the origin goes back
    earlier.write_text("Council story D\n\nPublished January 5, 2020.\nThe council met and said nothing of bridges.\n", encoding="utf-8")
    assert len(load_paths(store, [tmp_path]).replaced) == 1
    assert origin_of_bridge_quote(store) == [{"f": "2021-03-03", "t": "Council story A"}]


def test_origin_with_no_dates_at_all(store, tmp_path):
    load_paths(store, [write(tmp_path, "u.txt", UNDATED)])
    rows = store.query("MATCH (q:Quote) MATCH (s:Source {id: q.origin}) RETURN q.first_seen AS f, s.title AS t")
    assert rows == [{"f": None, "t": "Undated column"}]
    assert trace_quote(store, "rebuild the bridge")["origin"]["kind"] == "article"


def test_words_that_fit_several_sources_are_reported_not_guessed(seeds, tmp_path):
    """Issue 14: "Intercept" fits the June 2019 report and the October 2019 podcast alike; the
    answer once silently took one of them."""
    from provgraph.graph import open_store

    with open_store(str(tmp_path / "g")) as store:
        load_paths(store, [seeds])
        with pytest.raises(QueryError) as raised:
            run_query(store, "claims-resting-on", {"source": "Intercept"})
        message = str(raised.value)
        assert "fits 2 sources" in message and "2019-06-09" in message and "2019-10-22" in message
        assert run_query(store, "claims-resting-on", {"source": "Intercept June 2019"})  # a date settles it


def test_an_older_store_gets_its_appearances_footnote_marks(tmp_path):
    """Issue 15: `unsourced` once walked a much-quoted quotation's every footnote for each
    appearance (40 s on Neo4j at 10,000 articles); the load now marks each appearance
    footnoted. A store written before has the mark filled when it is opened."""
    from provgraph.graph import open_store

    files = [write(tmp_path, "c.txt", THIRD_HAND), write(tmp_path, "b.txt", SECOND_HAND), write(tmp_path, "a.txt", ORIGINAL)]
    marks = "MATCH (c:Claim)-[a:QUOTES]->(q:Quote) RETURN c.id AS cid, q.id AS qid, a.footnoted AS f ORDER BY cid, qid"
    with open_store(str(tmp_path / "g")) as store:
        load_paths(store, files)
        fresh, answer = store.query(marks), run_query(store, "unsourced")
        store.write([("ALTER TABLE QUOTES DROP footnoted", {})])  # as an older provgraph left it
    assert {r["f"] for r in fresh} == {True, False}
    with open_store(str(tmp_path / "g")) as store:
        assert store.query(marks) == fresh
        assert run_query(store, "unsourced") == answer


@pytest.mark.parametrize("name, params", [("independent-origins", {}), ("claims-resting-on", {"source": "Intercept June 2019"})])
def test_a_limit_gives_the_first_rows_of_the_full_answer(seeds, tmp_path, name, params):
    """A query sorted in its Cypher takes the limit there; a UNION sorted in Python is cut
    after sorting: either way the first rows are the full answer's first rows."""
    from provgraph.graph import open_store

    with open_store(str(tmp_path / "g")) as store:
        load_paths(store, [seeds])
        full = run_query(store, name, params)
        assert len(full) > 3
        assert run_query(store, name, params, limit=3) == full[:3]
