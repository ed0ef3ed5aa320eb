"""What every layer of provgraph shares: the error a user sees, and the keys text is
compared by. Loaders, graph, queries, viz and exports import this, not each other's
internals."""

from __future__ import annotations


class ProvgraphError(Exception):
    """Base class for every error provgraph reports to a user."""


__all__ = ["ProvgraphError"]
