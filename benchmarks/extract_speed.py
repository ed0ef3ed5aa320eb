"""Extraction throughput on the text path, one core: seed-sized articles per second.

    python benchmarks/extract_speed.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from provgraph.loaders.extract import extract_raw
from provgraph.loaders.reading import decode_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=200)
    a = ap.parse_args()
    raws = [decode_article(p.read_bytes(), str(p), ".txt") for p in sorted(SEEDS.glob("*.txt"))]
    for raw in raws:  # warm up regex caches
        extract_raw(raw)
    n = 0
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        for raw in raws:
            extract_raw(raw)
            n += 1
    dt = time.perf_counter() - t0
    size = sum(len(r.text) for r in raws) / len(raws)
    print(f"{n} articles (mean {size:,.0f} chars) in {dt:.2f} s: {n / dt:,.0f} articles/s, {n * size / dt / 1e6:.1f} M chars/s")


if __name__ == "__main__":
    main()
