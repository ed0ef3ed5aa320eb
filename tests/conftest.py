"""Fixtures: the seed corpus, and a store fixture run against both engines.

The Neo4j side is a real Neo4j 5.26 that this test session starts itself (jars from Maven
Central, see scripts/neo4j_local.py). Without Java it skips with the reason — except under
CI=true, where the Neo4j tests must run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "scripts"))


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


NEO4J_TEST_PASSWORD = "provgraph-test"


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory):
    import neo4j_local

    if not neo4j_local.java_available():
        if os.environ.get("CI"):
            pytest.fail("CI=true but no Java: the Neo4j tests must run in CI")
        pytest.skip("no Java on this machine: the Neo4j 5 tests need Java 17 and Maven")
    port = neo4j_local.free_port()
    proc = neo4j_local.start(tmp_path_factory.mktemp("neo4j"), port, auth=True)
    uri = f"bolt://127.0.0.1:{port}"
    # a server with authentication, like a team's: every store and CLI test logs in through
    # the environment, as users do
    neo4j_local.set_password(uri, NEO4J_TEST_PASSWORD)
    saved = {k: os.environ.get(k) for k in ("NEO4J_USERNAME", "NEO4J_PASSWORD")}
    os.environ.update(NEO4J_USERNAME="neo4j", NEO4J_PASSWORD=NEO4J_TEST_PASSWORD)
    yield uri
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    neo4j_local.stop(proc)


@pytest.fixture(params=["ladybug", "neo4j"])
def store(request, tmp_path):
    from provgraph.graph import open_store

    if request.param == "ladybug":
        s = open_store(str(tmp_path / "graph"))
    else:
        s = open_store(request.getfixturevalue("neo4j_uri"))
        s.clear()
    yield s
    s.close()
