"""The embedded default store: LadybugDB, in-process, write-ahead-logged, no server.

Chosen on measurements (shared notes, embedded-store.md): crash-safe, MIT, fast queries.
Two differences from Neo4j are handled here and nowhere else: the typed schema is created
up front, and variable-length patterns get TRAIL semantics (no relationship repeated within
a path), which is what Neo4j does and what citation cycles need.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import Any

from .schema import NODE_PROPERTIES, REL_TYPES, ladybug_ddl
from .store import Store, StoreError

_VARLEN = re.compile(r"(\[[^\[\]]*?:\s*[A-Z_|]+\s*)\*\s*(\d*\s*\.\.\s*\d+|\d+)(\s*\])")


def translate(cypher: str) -> str:
    """Neo4j's relationship-unique path semantics on LadybugDB: ``*1..6`` -> ``* TRAIL 1..6``."""
    return _VARLEN.sub(lambda m: f"{m.group(1)}* TRAIL {m.group(2)}{m.group(3)}", cypher)


DEFAULT_BUFFER_POOL_MB = 1024


def buffer_pool_bytes() -> int:
    """LadybugDB's page cache. Its default is most of the machine's memory (a 10k-article bulk
    load peaked at 18 GB RSS); provgraph caps it, adjustable with $PROVGRAPH_BUFFER_POOL_MB."""
    try:
        mb = int(os.environ.get("PROVGRAPH_BUFFER_POOL_MB", DEFAULT_BUFFER_POOL_MB))
    except ValueError:
        mb = DEFAULT_BUFFER_POOL_MB
    return max(64, mb) * 1024 * 1024


class LadybugStore(Store):
    def __init__(self, path: str | Path, read_only: bool = False):
        import ladybug

        self.name = str(path)
        p = Path(path)
        if p.exists() and p.is_dir() and not any(p.iterdir()):
            p.rmdir()  # an empty folder the user made for us
        if p.parent and not p.parent.exists():
            raise StoreError(f"{self.name}: the folder {p.parent} does not exist")
        try:
            self._db = ladybug.Database(str(p), read_only=read_only, buffer_pool_size=buffer_pool_bytes())
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreError(f"{self.name}: the store is in use by another process (close it, or use another --store)") from None
            raise StoreError(f"{self.name}: cannot open the embedded store ({msg})") from None
        except PermissionError:
            raise StoreError(f"{self.name}: permission denied (is the path writable?)") from None
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot open the embedded store ({exc.strerror or exc})") from None
        if not read_only:
            try:
                for ddl in ladybug_ddl():
                    self._conn.execute(ddl)
                self._migrate()
            except RuntimeError as exc:
                raise StoreError(f"{self.name}: cannot set up the graph schema ({exc})") from None

    def _migrate(self) -> None:
        """Add properties a newer provgraph declares to tables an older one created."""
        for label, props in NODE_PROPERTIES.items():
            have = {row[1] for row in self._conn.execute(f"CALL table_info('{label}') RETURN *").get_all()}
            for name, typ in props.items():
                if name not in have:
                    self._conn.execute(f"ALTER TABLE {label} ADD {name} {typ}")
        for rel, (_pairs, props) in REL_TYPES.items():
            have = {row[1] for row in self._conn.execute(f"CALL table_info('{rel}') RETURN *").get_all()}
            for name, typ in props.items():
                if name not in have:
                    self._conn.execute(f"ALTER TABLE {rel} ADD {name} {typ}")

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            result = self._conn.execute(translate(cypher), params or {})
        except RuntimeError as exc:
            raise StoreError(f"{self.name}: query failed: {exc}") from None
        cols = result.get_column_names()
        return [{c: _value(v) for c, v in zip(cols, row, strict=False)} for row in result.get_all()]

    def write(self, batches: list[tuple[str, dict[str, Any]]]) -> None:
        conn = self._conn
        conn.execute("BEGIN TRANSACTION")
        try:
            for cypher, params in batches:
                conn.execute(translate(cypher), params)
        except BaseException as exc:
            with contextlib.suppress(RuntimeError):  # a failed statement already rolled it back
                conn.execute("ROLLBACK")
            if isinstance(exc, RuntimeError):
                raise StoreError(f"{self.name}: write failed and was rolled back: {exc}") from None
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        conn, self._conn = getattr(self, "_conn", None), None
        if conn is not None:
            conn.close()
            self._db.close()


def _value(v: Any) -> Any:
    """LadybugDB nodes, relationships and paths as plain dicts (the shape Neo4j's are given)."""
    if isinstance(v, dict):
        if "_LABEL" in v and "_SRC" in v:
            out = {"_type": v["_LABEL"]}
            out.update({k: x for k, x in v.items() if not k.startswith("_")})
            return out
        if "_LABEL" in v and "_ID" in v:
            label = v["_LABEL"]
            allowed = NODE_PROPERTIES.get(label)
            out = {"_label": label}
            out.update({k: x for k, x in v.items() if not k.startswith("_") and (allowed is None or k in allowed)})
            return out
        if "_NODES" in v:
            return {"nodes": [_value(n) for n in v["_NODES"]], "rels": [_value(r) for r in v["_RELS"]]}
        return {k: _value(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_value(x) for x in v]
    return v
