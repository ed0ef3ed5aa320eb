"""What a store holds: node counts by label, relationship counts by type, articles loaded."""

from __future__ import annotations

from . import statements as st
from .schema import LABELS, REL_NAMES
from .store import Store


def graph_stats(store: Store) -> dict:
    nodes = {label: store.query(st.COUNT_LABEL.format(label=label))[0]["n"] for label in LABELS}
    rels = {rel: store.query(st.COUNT_REL.format(rel=rel))[0]["n"] for rel in REL_NAMES}
    articles = store.query(st.COUNT_ARTICLES)[0]["n"]
    return {"store": store.name, "articles": articles, "nodes": nodes, "relationships": rels}
