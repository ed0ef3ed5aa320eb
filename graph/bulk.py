"""Loading a corpus into an empty embedded store in one go.

Kept for callers of earlier releases: ``load_paths`` now writes new articles by COPY FROM on
the embedded store itself (``copy_write``), so this only checks that the store is empty and
writes the whole corpus as one group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .load import LoadSummary, load_paths
from .resolve import Aliases
from .store import Store, StoreError

# more articles than any corpus: one COPY group
ONE_GROUP = 10**9


def bulk_load(
    store: Store, paths: Iterable[str | Path], aliases: Aliases | None = None, on_article: Callable[[Path, str], None] | None = None
) -> LoadSummary:
    """Load a corpus into an empty embedded store with COPY FROM, as one transaction."""
    if not store.copies_files:
        raise StoreError(f"{store.name}: the bulk path is for the embedded store; Neo4j loads with `provgraph load`")
    if store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]:
        raise StoreError(f"{store.name}: bulk loading needs an empty store (use `provgraph load` to add to one)")
    return load_paths(store, paths, aliases, on_article=on_article, group=ONE_GROUP)
