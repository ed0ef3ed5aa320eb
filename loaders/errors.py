"""Errors a user sees: each names the file and the problem, never a traceback."""

from __future__ import annotations

from provgraph.common import ProvgraphError


class ExtractionError(ProvgraphError):
    """The file could not be read as an article at all."""

    def __init__(self, path: str | None, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path or '<text>'}: {problem}")
