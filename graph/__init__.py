"""The provenance graph: model, entity resolution, stores and loading.

>>> from provgraph.graph import open_store, load_paths, graph_stats
>>> with open_store("provgraph-data") as store:
...     summary = load_paths(store, ["seeds/"])
...     graph_stats(store)["nodes"]["Source"]
"""

from .load import LoadSummary, load_paths
from .open import open_store
from .resolve import Aliases, Resolver
from .stats import graph_stats
from .store import Store, StoreError

__all__ = ["Aliases", "LoadSummary", "Resolver", "Store", "StoreError", "graph_stats", "load_paths", "open_store"]
