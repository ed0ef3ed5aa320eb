"""Entity resolution: one node per real outlet, person and report."""

from __future__ import annotations

import pytest
from provgraph.graph.resolve import Aliases, AliasFileError, Resolver, key


def test_outlet_spellings_and_typos_merge():
    r = Resolver()
    ids = {r.outlet(n)[0] for n in ("The Intercept", "the Intercept", "Intercept", "THE INTERCEPT")}
    assert len(ids) == 1
    assert r.outlet("Aljazeera")[0] == r.outlet("Al Jazeera")[0]  # built-in alias
    assert r.outlet("Iranian Canadian Congress")[0] == r.outlet("Iranain Canadian Congress")[0]  # typo
    assert r.outlet("The Independent")[0] != r.outlet("The Intercept")[0]


def test_person_variants_merge_and_others_do_not():
    r = Resolver()
    first = r.person("Murtaza Hussain")[0]
    for variant in ("Murteza Hussain", "Hussain, Murtaza", "Murtaza M. Hussain", "Morteza"):
        assert r.person(variant)[0] == first, variant
    assert r.person("Saddam Hussein")[0] != first
    assert r.person("Trita Parsi")[0] != r.person("Mazda Parsi")[0]


def test_described_speakers_are_not_merged_across_articles():
    r = Resolver()
    assert r.person("senior Congressional aide", "described", "doc1")[0] != r.person("senior Congressional aide", "described", "doc2")[0]


def test_alias_file_forces_and_forbids(tmp_path):
    f = tmp_path / "aliases.toml"
    f.write_text(
        '[outlets]\n"The Guardian" = ["Grauniad"]\n[people]\n"Murtaza Hussain" = ["Maz Hussain"]\n'
        '[never_merge]\npeople = [["Murtaza Hussain", "Murteza Hussain"]]\n',
        encoding="utf-8",
    )
    r = Resolver(Aliases.load(f))
    assert r.outlet("Grauniad")[0] == r.outlet("The Guardian")[0]
    first = r.person("Murtaza Hussain")[0]
    assert r.person("Maz Hussain")[0] == first
    assert r.person("Murteza Hussain")[0] != first  # forbidden, though the fuzzy rule would merge them


def test_bad_alias_file_is_a_clear_error(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text("[outlets\n", encoding="utf-8")
    with pytest.raises(AliasFileError, match="bad.toml: not a valid TOML"):
        Aliases.load(f)
    with pytest.raises(AliasFileError, match="not found"):
        Aliases.load(tmp_path / "missing.toml")


def test_same_report_cited_twice_with_small_differences():
    r = Resolver()
    a = r.report("An Iranian Activist Wrote Dozens of Articles for Right-Wing Outlets. But Is He a Real Person?", "The Intercept", "2019-06-09", None, "raw")
    assert r.report("An Iranian Activist Wrote Dozens of Articles...", "The Intercept", "2019-06-09", None, "raw2") == a  # truncated
    assert r.report("An Iranian activist wrote dozens of articles for right wing outlets: but is he a real person", "The Intercept", "2019-06", None, "raw3") == a
    assert r.report("A Different Report Entirely About Something Else", "The Intercept", "2019-06-09", None, "raw4") != a


def test_matching_among_thousands_of_known_reports_and_people():
    """Matching compares a title only with reports sharing its rarest words (and a name only
    with people sharing an initial), so it must still find typos and truncations in a crowd."""
    r = Resolver()
    words = ["Iran", "report", "secret", "program", "funding", "ledger", "campaign", "network", "court", "election"]
    for k in range(2000):
        r.report(f"{words[k % 10]} {words[(k * 3) % 10]} {words[(k * 7) % 10]} story number {k}", "The Times", "2020-01-01", None, str(k))
        r.person(f"{chr(65 + k % 26)}lex{k} {chr(65 + k * 7 % 26)}urname{k}")
    target = r.report("An Iranian Activist Wrote Dozens of Articles for Right-Wing Outlets", "The Intercept", "2019-06-09", None, "x")
    assert r.report("An Iranian Activist Wrote Dozens of Articels for Right-Wing Outlets", "The Intercept", "2019-06-09", None, "y") == target
    assert r.report("An Iranian Activist Wrote Dozens...", "The Intercept", "2019-06-09", None, "z") == target
    assert r.report("Ledger story number 17", "The Times", "2020-01-01", None, "w") != target
    hussain = r.person("Murtaza Hussain")
    assert r.person("Murteza Hussain") == hussain and r.person("Hussain, Murtaza") == hussain
    assert r.person("Murtaza M. Hussain") == hussain


def test_a_title_is_compared_with_a_bounded_number_of_known_reports():
    """Issue 15: candidates came from every report sharing a word, so matching a citation cost
    more the more the store held."""
    from provgraph.graph.resolve import MAX_REPORT_POSTINGS

    r = Resolver()
    for k in range(3000):
        r.remember_report(f"report:{k}", f"Harbour Authority budget memo {k} leaked", "The Ledger", "2020-01-01", None)
    candidates = r._report_candidates(key("Harbour Authority budget memo 2999 leaked"))
    assert len(candidates) <= 5 * MAX_REPORT_POSTINGS
    # the rare word still finds its report, and a common title still finds the earliest holder
    assert r.match_report("Harbour Authority budget memo 2999 leaked", "The Ledger", "2020-01-01") == "report:2999"
    r.remember_report("report:late", "Harbour Authority budget memo", "The Ledger", None, None)
    assert r.match_report("Harbour Authority budget memo", "The Ledger", None) == "report:late"
