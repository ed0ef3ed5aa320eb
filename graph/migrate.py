"""Filling the properties the loader works out, in a store an older provgraph wrote.

A new derived property (a claim's roots, an appearance's speaker) arrives as an empty column;
queries that read it would answer as if nothing were there. So the store that adds the column
fills it once, from the graph it holds.
"""

from __future__ import annotations

from . import statements as st
from .roots import claims_without_roots, update_roots
from .store import Store


def fill_derived(store: Store, added: set[tuple[str, str]]) -> None:
    """``added``: the (table, property) pairs just added to the store's schema."""
    if ("Claim", "roots") in added:
        update_roots(store, claims_without_roots(store))
    if ("QUOTES", "person") in added:
        store.write([(st.FILL_APPEARANCE_SPEAKERS, {})])
    if ("QUOTES", "footnoted") in added:
        store.write([(statement, {}) for statement in st.FILL_FOOTNOTED])
