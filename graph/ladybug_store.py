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
import time
from pathlib import Path
from typing import Any

from .schema import NODE_PROPERTIES, REL_TYPES, ladybug_ddl
from .store import Store, StoreError

_VARLEN = re.compile(r"(\[[^\[\]]*?:\s*[A-Z_|]+\s*)\*\s*(\d*\s*\.\.\s*\d+|\d+)(\s*\])")


def translate(cypher: str) -> str:
    """Neo4j's relationship-unique path semantics on LadybugDB: ``*1..6`` -> ``* TRAIL 1..6``."""
    return _VARLEN.sub(lambda m: f"{m.group(1)}* TRAIL {m.group(2)}{m.group(3)}", cypher)


DEFAULT_BUFFER_POOL_MB = 1024
# a reader's share of the machine's memory, and the most it takes
READER_SHARE = 0.4
READER_MAX_MB = 8192


def buffer_pool_bytes(read_only: bool = False) -> int:
    """LadybugDB's page cache. Its default is most of the machine's memory (a 10k-article bulk
    load peaked at 18 GB RSS), so a load takes 1 GiB: its pages are written and let go.
    A read command keeps its answer's working set there too: at 100,000 articles, queries that
    return a row per claim ran out of 1 GiB, so a reader takes 40% of the machine, up to
    8 GiB, and never less than a loader. ``$PROVGRAPH_BUFFER_POOL_MB`` sets both."""
    try:
        mb = int(os.environ.get("PROVGRAPH_BUFFER_POOL_MB", 0)) or None
    except ValueError:
        mb = None
    if mb is None:
        mb = DEFAULT_BUFFER_POOL_MB
        if read_only:
            mb = max(mb, min(READER_MAX_MB, int(machine_memory_mb() * READER_SHARE)))
    return max(64, mb) * 1024 * 1024


def machine_memory_mb() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):
        return DEFAULT_BUFFER_POOL_MB


# how long opening a store waits for another process to let go of it, unless told
DEFAULT_WAIT_SECONDS = 5.0


class LadybugStore(Store):
    """``read_only``: for commands that only read. Several such processes can read one store
    at once (a read-write open runs schema statements, which two processes cannot do at
    once), and one never creates a store where there is none. ``wait``: seconds to keep
    trying while another process holds the store, before saying so."""

    copies_files = True
    # a COPY group costs about the same for 100 articles as for 1,000; 500 keeps progress
    # reports frequent and a failed group's one-by-one retry short
    default_group = 500

    def __init__(self, path: str | Path, read_only: bool = False, wait: float = DEFAULT_WAIT_SECONDS):
        self.name = str(path)
        p = Path(path)
        if p.exists() and p.is_dir() and not any(p.iterdir()):
            if read_only:
                raise StoreError(f"{self.name}: no articles are loaded here yet (provgraph load PATH --store {self.name})")
            p.rmdir()  # an empty folder the user made for us
        if read_only and not p.exists():
            raise StoreError(f"{self.name}: no store here; load articles first (provgraph load PATH --store {self.name})")
        if p.parent and not p.parent.exists():
            raise StoreError(f"{self.name}: the folder {p.parent} does not exist")
        self._open(p, read_only, wait)
        if not read_only:
            try:
                for ddl in ladybug_ddl():
                    self._conn.execute(ddl)
                self._migrate()
            except RuntimeError as exc:
                raise StoreError(f"{self.name}: cannot set up the graph schema ({exc})") from None
        elif self._missing_properties():
            # a store an older provgraph wrote: brought up to the schema once, then read
            self.close()
            LadybugStore(p, read_only=False, wait=wait).close()
            self._open(p, True, wait)

    def _open(self, p: Path, read_only: bool, wait: float) -> None:
        import ladybug

        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                self._db = ladybug.Database(str(p), read_only=read_only, buffer_pool_size=buffer_pool_bytes(read_only))
                self._conn = ladybug.Connection(self._db)
                return
            except RuntimeError as exc:
                msg = str(exc)
                if "lock" not in msg.lower():
                    raise StoreError(f"{self.name}: cannot open the embedded store ({msg})") from None
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{self.name}: the store is in use by another process (waited {wait:g} s; close it, use --wait, or another --store)"
                    ) from None
                time.sleep(0.1)
            except PermissionError:
                raise StoreError(f"{self.name}: permission denied (is the path writable?)") from None
            except OSError as exc:
                raise StoreError(f"{self.name}: cannot open the embedded store ({exc.strerror or exc})") from None

    def _table_columns(self, table: str) -> set[str] | None:
        try:
            return {row[1] for row in self._conn.execute(f"CALL table_info('{table}') RETURN *").get_all()}
        except RuntimeError:
            return None  # no such table yet

    def _missing_properties(self) -> bool:
        tables = {**{label: props for label, props in NODE_PROPERTIES.items()}, **{rel: props for rel, (_, props) in REL_TYPES.items()}}
        for table, props in tables.items():
            have = self._table_columns(table)
            if have is None or any(name not in have for name in props):
                return True
        return False

    def _migrate(self) -> None:
        """Add properties a newer provgraph declares to tables an older one created, and fill
        those the loader works out (graph/migrate.py)."""
        added: set[tuple[str, str]] = set()
        tables = {**NODE_PROPERTIES, **{rel: props for rel, (_pairs, props) in REL_TYPES.items()}}
        for table, props in tables.items():
            have = self._table_columns(table) or set()
            for name, typ in props.items():
                if name not in have:
                    self._conn.execute(f"ALTER TABLE {table} ADD {name} {typ}")
                    added.add((table, name))
        if added:
            from .migrate import fill_derived

            fill_derived(self, added)

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
