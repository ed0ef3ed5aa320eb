"""Extraction throughput on the text path, one core: seed-sized articles per second.

    python benchmarks/extract_speed.py [--rounds 40] [--repeat 5] [--cold]

The five seeds are extracted over and over; the best of the repeats is reported (the one
least disturbed by other work on the machine), with the median beside it. The seeds repeat,
so the memoised name functions are warm after the first pass; ``--cold`` empties them before
every article, the figure for a corpus where every article names new people.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from provgraph.loaders.extract import extract_raw
from provgraph.loaders.reading import decode_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def clear_caches() -> None:
    """Every memoised function of the loaders: the seeds repeat, so warm caches flatter them."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("provgraph.loaders"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=40, help="passes over the seeds per repeat")
    ap.add_argument("--cold", action="store_true", help="empty the name caches before every article, as if each named new people")
    ap.add_argument("--repeat", type=int, default=5, help="repeats; the best is reported (the least disturbed by other work)")
    a = ap.parse_args()
    raws = [decode_article(p.read_bytes(), str(p), ".txt") for p in sorted(SEEDS.glob("*.txt"))]
    for raw in raws:  # warm up regex caches
        extract_raw(raw)
    n = a.rounds * len(raws)
    times = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for _ in range(a.rounds):
            for raw in raws:
                if a.cold:
                    clear_caches()
                extract_raw(raw)
        times.append(time.perf_counter() - t0)
    size = sum(len(r.text) for r in raws) / len(raws)
    best, median = min(times), sorted(times)[len(times) // 2]
    print(
        f"{'cold caches: ' if a.cold else ''}{n} articles (mean {size:,.0f} chars) x {a.repeat} repeats: best {n / best:,.0f} articles/s "
        f"({n * size / best / 1e6:.1f} M chars/s, {best / n * 1e3:.2f} ms each), median {n / median:,.0f} articles/s"
    )


if __name__ == "__main__":
    main()
