"""One store interface over the embedded default (LadybugDB) and Neo4j 5.

``open_store(spec)``: ``bolt://``, ``neo4j://`` (and their ``+s``/``+ssc`` forms) mean
Neo4j — so Aura and clusters work — anything else is the path of an embedded store.
Results come back as lists of dicts whose node and relationship values are plain dicts
with ``_label`` / ``_type`` keys, the same from both engines.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from typing import Any

from provgraph.common import ProvgraphError

DEFAULT_STORE = "provgraph-data"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


class StoreError(ProvgraphError):
    """The store cannot be opened or written: names the store and what is wrong."""


class StoreUnavailable(StoreError):
    """The store went away in the middle of a run (a server stopped, the network dropped):
    nothing more can be written, so a load stops instead of failing article after article."""


class Store(ABC):
    """What the loader and queries need from a graph database."""

    name: str
    # whether an article's rows go as one chained statement (a server: each statement is a
    # round trip) or one statement per kind of row (in-process: LadybugDB runs the chained
    # form three times slower than its parts, 167 against 56 ms an article at 150 articles)
    chains_statements: bool = False
    # whether new articles can be written with COPY FROM files (graph/copy_write.py)
    copies_files: bool = False
    # articles per transaction when the caller does not say: on a server, enough to pay for
    # the round trips without holding a large transaction open (Neo4j 5, 1,000 seed-shaped
    # articles: 64 articles/s in groups of 50, 107 in groups of 200)
    default_group: int = 200

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query; rows as dicts keyed by the RETURN column names."""

    @abstractmethod
    def write(self, batches: list[tuple[str, dict[str, Any]]]) -> None:
        """Run statements in one transaction: all of them or none."""

    @abstractmethod
    def close(self) -> None: ...

    def clear(self) -> None:
        """Delete every node and relationship (tests, `provgraph load --fresh`)."""
        self.write([("MATCH (n) DETACH DELETE n", {})])

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def store_spec(spec: str | None) -> str:
    return spec or os.environ.get("PROVGRAPH_STORE") or DEFAULT_STORE


def is_neo4j_uri(spec: str) -> bool:
    return spec.startswith(NEO4J_SCHEMES)
