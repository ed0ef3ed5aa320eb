"""How long a large provenance page takes to become interactive in headless Chromium.

    python benchmarks/viz_interactive.py [--nodes 2000]

Builds a synthetic graph of the given size (articles, claims, quotes, reports, outlets,
people), renders it with summarising turned off, opens it offline and times navigation
until vis-network has drawn the first frame (the page is then interactive: pan, zoom,
hover) and until physics has settled.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import networkx as nx
from provgraph.viz import write_html


def synthetic(n_nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    outlets = [f"o{i}" for i in range(max(3, n_nodes // 100))]
    for o in outlets:
        g.add_node(o, kind="Outlet", label=f"Outlet {o}", tip=[("outlet", o)])
    reports = [f"r{i}" for i in range(max(5, n_nodes // 20))]
    for r in reports:
        g.add_node(r, kind="Source", label=f"Report {r}", tip=[("source", r)])
        g.add_edge(r, rnd.choice(outlets), kind="PUBLISHED_BY", label="PUBLISHED_BY")
    i = 0
    while g.number_of_nodes() < n_nodes:
        a, c, q = f"a{i}", f"c{i}", f"q{i}"
        g.add_node(a, kind="Source", label=f"Article {i}", tip=[("source", a)])
        g.add_node(c, kind="Claim", label=f"claim {i}", tip=[("claim", "text " * 20)])
        g.add_node(q, kind="Quote", label=f"“quote {i}”", tip=[("quote", "words " * 30)])
        g.add_edge(a, c, kind="MAKES", label="MAKES")
        g.add_edge(c, rnd.choice(reports), kind="CITES", label="CITES [1]")
        g.add_edge(c, q, kind="QUOTES", label="QUOTES")
        i += 1
    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    g = synthetic(a.nodes)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = write_html(g, Path(tmp) / "big.html", title="benchmark", max_nodes=10**9)
        size = page_path.stat().st_size
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
            page = b.new_context(offline=True, viewport={"width": 1400, "height": 900}).new_page()
            t0 = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("html[data-drawn='1']", timeout=120000)
            drawn = time.perf_counter() - t0
            page.wait_for_selector("html[data-settled='1']", timeout=120000)
            settled = time.perf_counter() - t0
            b.close()
    print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges, page {size / 1e6:.1f} MB: "
          f"interactive (first frame) after {drawn:.2f} s, layout settled after {settled:.2f} s")


if __name__ == "__main__":
    main()
