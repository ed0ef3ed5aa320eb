"""Every command, through click's CliRunner, as a user types it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from provgraph.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = sorted(cli.commands)


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVGRAPH_STORE", str(tmp_path / "graph"))
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented(runner, command):
    r = runner.invoke(cli, [command, "--help"])
    assert r.exit_code == 0 and len(cli.commands[command].help or "") > 20
    assert f"provgraph {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_extract_json_follows_the_schema(runner, seeds):
    schema = json.loads((ROOT / "docs" / "extract.schema.json").read_text(encoding="utf-8"))
    for path in sorted(seeds.glob("*.txt")):
        r = runner.invoke(cli, ["extract", str(path), "--format", "json"])
        assert r.exit_code == 0
        jsonschema.validate(json.loads(r.stdout), schema)


def test_extract_summary_is_readable(runner, seeds):
    r = runner.invoke(cli, ["extract", str(seeds / "000_c664e1a50c41c880.txt")])
    assert r.exit_code == 0 and "MEK against anyone who is pro-diplomacy" in r.stdout and "Negar Mortazavi" in r.stdout


def test_load_stats_query_trace_export(runner, seeds, tmp_path):
    r = runner.invoke(cli, ["load", str(seeds)])
    assert r.exit_code == 0 and "5 loaded" in r.stdout
    r = runner.invoke(cli, ["stats", "--json"])
    assert json.loads(r.stdout)["articles"] == 5
    r = runner.invoke(cli, ["queries"])
    assert "claims-resting-on" in r.stdout
    r = runner.invoke(cli, ["query", "who-said", "--param", "person=Heyrani", "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.startswith("person,quote,outlet,article,date")
    r = runner.invoke(cli, ["trace", "never been a real person", "--json"])
    out = json.loads(r.stdout)
    assert out["speaker"] == "Hassan Heyrani" and out["origin"]["outlet"] == "The Intercept"
    r = runner.invoke(cli, ["export", "-o", str(tmp_path / "g.graphml"), "--format", "graphml"])
    assert r.exit_code == 0 and (tmp_path / "g.graphml").read_text().startswith("<?xml")


def test_query_errors_list_what_is_expected(runner, seeds):
    runner.invoke(cli, ["load", str(seeds)])
    r = runner.invoke(cli, ["query", "no-such-query"])
    assert r.exit_code == 1 and "the queries are:" in r.output
    r = runner.invoke(cli, ["query", "who-said"])
    assert r.exit_code == 1 and "needs person" in r.output
    r = runner.invoke(cli, ["query", "who-said", "-p", "colour=red"])
    assert r.exit_code == 1 and "takes no parameter 'colour'" in r.output


def test_a_query_shows_a_page_and_says_when_more_rows_follow(runner, seeds):
    runner.invoke(cli, ["load", str(seeds)])
    everything = json.loads(runner.invoke(cli, ["query", "independent-origins", "--json"]).stdout)
    assert len(everything) > 3
    r = runner.invoke(cli, ["query", "independent-origins", "--json", "--limit", "3"])
    assert json.loads(r.stdout) == everything[:3]
    assert "the first 3 rows; more follow" in r.stderr
    r = runner.invoke(cli, ["query", "independent-origins", "--limit", str(len(everything))])
    assert r.exit_code == 0 and "more follow" not in r.stderr


def test_unreachable_neo4j_is_a_clear_error(runner):
    r = runner.invoke(cli, ["stats", "--store", "bolt://127.0.0.1:9"])
    assert r.exit_code == 1 and "cannot reach Neo4j" in r.output


def test_wrong_neo4j_password_is_a_clear_error(runner, neo4j_uri):
    """The test server asks for a password (see conftest): a wrong one is named as such, fast."""
    r = runner.invoke(cli, ["stats", "--store", neo4j_uri, "--password", "not-the-password"])
    assert r.exit_code == 1 and "refused the credentials" in r.output and "Traceback" not in r.output
    r = runner.invoke(cli, ["stats", "--store", neo4j_uri, "--format", "json"])  # NEO4J_PASSWORD from the environment
    assert r.exit_code == 0, r.output


def test_docker_compose_runs_neo4j_526_with_volume_ports_auth_and_healthcheck():
    import yaml

    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    svc = compose["services"]["neo4j"]
    assert svc["image"].startswith("neo4j:5.26")
    assert {"7474:7474", "7687:7687"} <= set(svc["ports"])
    assert "NEO4J_AUTH" in svc["environment"] and "healthcheck" in svc
    assert any(v.split(":")[0] in compose["volumes"] for v in svc["volumes"])


def test_trace_counts_article_files_and_names_them_by_title_or_file_name(tmp_path, monkeypatch):
    """Issue 14: two articles sharing a title were counted once, and an untitled one was shown
    by its absolute path."""
    quote = "“The ovens will stay open through the whole of the winter season,” said Ana Ruiz."
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Harbour news\n\nOn Monday the board met.\n\n{quote}\n", encoding="utf-8")
    (corpus / "b.txt").write_text(f"Harbour news\n\nOn Tuesday the guild met.\n\n{quote}\n", encoding="utf-8")
    (corpus / "c.txt").write_text(f"{quote}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["load", str(corpus)]).exit_code == 0
    r = runner.invoke(cli, ["trace", "ovens will stay open", "--json"])
    result = json.loads(r.stdout)
    assert len(result["articles"]) == 3 and result["articles"].count("Harbour news") == 2
    r = runner.invoke(cli, ["trace", "ovens will stay open"], env={"COLUMNS": "200"})
    assert "3 appearances in 3 articles" in r.stdout
    assert str(corpus) not in r.stdout
