"""Where each node of a provenance picture stands: the chain in time.

Every article and report gets a column, in the order of its publication date (undated ones
last, under an "undated" tick), so the origin stands on the left and each later appearance
to its right: the chain a journalist follows, origin → who repeated it → who repeated them,
reads left to right. Under each article stand the claims it makes, each followed by its
quotations; the people and outlets those link to share a band below, each under the
column that first names it.

Positions come from the graph alone — the same graph gives the same picture every time —
and the slots are sized so no node or label can reach into another's.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

UNDATED = "undated"
COLUMN_WIDTH = 300  # a 30-character label at 14px stays inside its column
ROW_HEIGHT = 100  # a shape with its label under it stays inside its row
BAND_GAP = 60  # between the columns and the band of people and outlets
AXIS_GAP = 90  # between the axis and the first row
MAX_ROWS = 7  # rows of one column before it wraps into another beside it


@dataclass(frozen=True, slots=True)
class Tick:
    """One mark of the date axis: an article's or report's column (``x`` its first, ``width``
    all of it when a long one wraps into several), the date printed there, and how far down
    its own rows reach."""

    x: int
    label: str
    width: int = COLUMN_WIDTH
    bottom: int = 0


@dataclass(frozen=True, slots=True)
class Layout:
    positions: dict[str, tuple[int, int]]
    ticks: list[Tick]
    axis_y: int


def chronological(g: nx.MultiDiGraph) -> Layout:
    sources = sorted((n for n, d in g.nodes(data=True) if d["kind"] == "Source"), key=lambda n: _time_order(g, n))
    positions: dict[str, tuple[int, int]] = {}
    ticks: list[Tick] = []
    depth = 0
    x = 0
    for source in sources:
        groups = _column_of(g, source, positions)
        wrapped = _wrap(groups)
        for sub, rows in enumerate(wrapped):
            for row, node in enumerate(rows):
                positions[node] = (x + sub * COLUMN_WIDTH, row * ROW_HEIGHT)
        rows_down = max(len(rows) for rows in wrapped)
        ticks.append(Tick(x, g.nodes[source].get("date") or UNDATED, len(wrapped) * COLUMN_WIDTH, (rows_down - 1) * ROW_HEIGHT))
        depth = max(depth, rows_down)
        x += len(wrapped) * COLUMN_WIDTH
    _place_band(g, positions, top=depth * ROW_HEIGHT + BAND_GAP)
    return Layout(positions, ticks, axis_y=-AXIS_GAP)


def _time_order(g: nx.MultiDiGraph, source: str) -> tuple[str, bool, str, str]:
    """Earliest first, undated last; on one date the origin first, then by name, then id."""
    d = g.nodes[source]
    return (d.get("date") or "9999", not d.get("origin"), d.get("label") or "", source)


def _column_of(g: nx.MultiDiGraph, source: str, placed: dict[str, tuple[int, int]]) -> list[list[str]]:
    """The source, then each claim it makes with the quotations it carries that no earlier
    column has drawn (a quotation stands where it first appears): a group of rows each."""
    groups = [[source]]
    seen = {source}
    claims = sorted((b for _, b, d in g.out_edges(source, data=True) if d["kind"] == "MAKES"), key=lambda c: _reading_order(g, c))
    for claim in claims:
        if claim in placed or claim in seen:
            continue
        group = [claim]
        for quote in sorted(b for _, b, d in g.out_edges(claim, data=True) if d["kind"] == "QUOTES"):
            if quote not in placed and quote not in seen:
                group.append(quote)
        seen.update(group)
        groups.append(group)
    return groups


def _wrap(groups: list[list[str]]) -> list[list[str]]:
    """A long column wrapped into side-by-side ones of at most MAX_ROWS rows, a claim kept
    with its quotations: a picture wider than tall fits a screen and keeps labels readable."""
    columns: list[list[str]] = [[]]
    for group in groups:
        if columns[-1] and len(columns[-1]) + len(group) > MAX_ROWS:
            columns.append([])
        columns[-1].extend(group)
    return columns


def _reading_order(g: nx.MultiDiGraph, claim: str) -> tuple[int, str]:
    return (g.nodes[claim].get("char_start") or 0, claim)


def _place_band(g: nx.MultiDiGraph, positions: dict[str, tuple[int, int]], top: int) -> None:
    """People, outlets and anything else unplaced, each under the first column that links to
    it; a taken slot sends it a row further down."""
    taken: set[tuple[int, int]] = set()
    rest = [n for n in g.nodes if n not in positions]
    for node in sorted(rest, key=lambda n: (_first_column_x(g, n, positions), g.nodes[n]["kind"], n)):
        x = _first_column_x(g, node, positions)
        row = 0
        while (x, row) in taken:
            row += 1
        taken.add((x, row))
        positions[node] = (x, top + row * ROW_HEIGHT)


def _first_column_x(g: nx.MultiDiGraph, node: str, positions: dict[str, tuple[int, int]]) -> int:
    xs = [positions[m][0] for m in nx.all_neighbors(g, node) if m in positions]
    return min(xs) if xs else 0
