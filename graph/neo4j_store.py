"""Neo4j 5 through the official driver (py2neo is end-of-life and does not speak Neo4j 5).

Writes go through managed transactions (``execute_write``), which retry transient errors:
the loader's statements are MERGEs, so a retried transaction is harmless.
"""

from __future__ import annotations

import os
from typing import Any

from .schema import neo4j_ddl
from .statements import FILL_FOOTNOTED
from .store import Store, StoreError, StoreUnavailable


class Neo4jStore(Store):
    chains_statements = True

    def __init__(
        self, uri: str, user: str | None = None, password: str | None = None, database: str | None = None, retry_seconds: float = 15.0
    ):
        """``retry_seconds``: how long the driver retries a transaction the server dropped
        before the store gives up (``StoreUnavailable``)."""
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

        self.name = uri
        self._database = database or os.environ.get("NEO4J_DATABASE") or None
        user = user or os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER")
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        auth = (user or "neo4j", password) if password else None
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=auth, connection_timeout=5.0, max_transaction_retry_time=retry_seconds,
                notifications_min_severity="OFF",
            )
            self._driver.verify_connectivity()
        except AuthError:
            raise StoreError(f"{uri}: Neo4j refused the credentials (set NEO4J_USERNAME / NEO4J_PASSWORD)") from None
        except ServiceUnavailable as exc:
            raise StoreError(f"{uri}: cannot reach Neo4j ({exc}); is the server running?") from None
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"{uri}: not a usable Neo4j URI ({exc})") from None
        older = self._written_before_footnote_marks()
        for ddl in neo4j_ddl():
            self._driver.execute_query(ddl, database_=self._database)
        if older:
            self.write([(statement, {}) for statement in FILL_FOOTNOTED])

    def _written_before_footnote_marks(self) -> bool:
        """A graph an older provgraph wrote: quotations, but no index on SOURCED_FROM's doc
        (made with the `footnoted` marks), so its appearances need their marks filled once."""
        indexes, _, _ = self._driver.execute_query("SHOW INDEXES YIELD name WHERE name = 'sourced_from_doc' RETURN name", database_=self._database)
        if indexes:
            return False
        quotes, _, _ = self._driver.execute_query("MATCH (q:Quote) RETURN q.id LIMIT 1", database_=self._database)
        return bool(quotes)

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            records, _, keys = self._driver.execute_query(cypher, params or {}, database_=self._database, routing_="r")
        except Neo4jError as exc:
            raise StoreError(f"{self.name}: query failed: {exc.message}") from None
        except DriverError as exc:
            raise self._gone(exc) from None
        return [{k: _value(r[k]) for k in keys} for r in records]

    def write(self, batches: list[tuple[str, dict[str, Any]]]) -> None:
        from neo4j.exceptions import DriverError, Neo4jError

        def work(tx) -> None:
            for cypher, params in batches:
                tx.run(cypher, params).consume()

        try:
            with self._driver.session(database=self._database) as session:
                session.execute_write(work)
        except Neo4jError as exc:
            raise StoreError(f"{self.name}: write failed and was rolled back: {exc.message}") from None
        except DriverError as exc:
            raise self._gone(exc) from None

    def _gone(self, exc: Exception) -> StoreUnavailable:
        """The server stopped answering (the driver has retried for its transaction retry time)."""
        said = " ".join(str(exc).split())  # the driver's message runs over several lines
        return StoreUnavailable(f"{self.name}: lost the connection to Neo4j ({type(exc).__name__}: {said})")

    def clear(self) -> None:
        """Delete everything in batches, relationships first: one transaction over a large
        graph (or a hub node with a hundred thousand edges) exhausts the server's memory."""
        from neo4j.exceptions import Neo4jError

        try:
            for statement in (
                "MATCH ()-[r]->() WITH r LIMIT 5000 DELETE r RETURN count(*) AS c",
                "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS c",
            ):
                while True:
                    records, _, _ = self._driver.execute_query(statement, database_=self._database)
                    if not records or records[0]["c"] == 0:
                        break
        except Neo4jError as exc:
            raise StoreError(f"{self.name}: clearing the graph failed: {exc.message}") from None

    def close(self) -> None:
        driver, self._driver = getattr(self, "_driver", None), None
        if driver is not None:
            driver.close()


def _value(v: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(v, Node):
        out = {"_label": next(iter(v.labels), None)}
        out.update(dict(v))
        return out
    if isinstance(v, Relationship):
        out = {"_type": v.type}
        out.update(dict(v))
        return out
    if isinstance(v, Path):
        return {"nodes": [_value(n) for n in v.nodes], "rels": [_value(r) for r in v.relationships]}
    if isinstance(v, list):
        return [_value(x) for x in v]
    if isinstance(v, dict):
        return {k: _value(x) for k, x in v.items()}
    return v
