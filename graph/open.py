"""Opening a store by what the user names: a Neo4j URI, or a folder for the embedded store.

Apart from ``store.py`` so the interface does not import its engines (each engine imports
the interface).
"""

from __future__ import annotations

from .ladybug_store import LadybugStore
from .neo4j_store import Neo4jStore
from .store import Store, is_neo4j_uri, store_spec


def open_store(
    spec: str | None = None, *, user: str | None = None, password: str | None = None, read_only: bool = False, wait: float | None = None
) -> Store:
    """Open (creating if needed, unless ``read_only``) the store ``spec`` names, with its schema
    in place; ``wait``: seconds to wait for another process holding an embedded store."""
    spec = store_spec(spec)
    if is_neo4j_uri(spec):
        return Neo4jStore(spec, user=user, password=password)
    if wait is None:
        return LadybugStore(spec, read_only=read_only)
    return LadybugStore(spec, read_only=read_only, wait=wait)
