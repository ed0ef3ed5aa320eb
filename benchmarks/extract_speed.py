"""Extraction throughput on the text path, one core: seed-sized articles per second.

    python benchmarks/extract_speed.py [--rounds 40] [--repeat 5]

The five seeds are extracted over and over (decoded once: the text path is what is timed,
from the text to the typed Document); the best of the repeats is reported (the one least
disturbed by other work on the machine), with the median beside it. Nothing is memoised
between articles (the core builds no pattern per name or noun), so repeating the seeds
does not flatter the figure: an article of new names costs the same.

The core alone, without Python, for profiling: ``cargo run --release --example bench
--manifest-path core/Cargo.toml -- seeds`` (``--features profile`` times each pattern).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from provgraph.loaders import rules
from provgraph.loaders.extract import extract_raw
from provgraph.loaders.reading import decode_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=40, help="passes over the seeds per repeat")
    ap.add_argument("--repeat", type=int, default=5, help="repeats; the best is reported (the least disturbed by other work)")
    a = ap.parse_args()
    if not rules.optimized():
        print("warning: the core is a debug build (pip install -e . with debug = false builds it optimised)", file=sys.stderr)
    raws = [decode_article(p.read_bytes(), str(p), ".txt") for p in sorted(SEEDS.glob("*.txt"))]
    for raw in raws:  # warm up regex caches
        extract_raw(raw)
    n = a.rounds * len(raws)
    times = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for _ in range(a.rounds):
            for raw in raws:
                extract_raw(raw)
        times.append(time.perf_counter() - t0)
    size = sum(len(r.text) for r in raws) / len(raws)
    best, median = min(times), sorted(times)[len(times) // 2]
    print(
        f"{n} articles (mean {size:,.0f} chars) x {a.repeat} repeats: best {n / best:,.0f} articles/s "
        f"({n * size / best / 1e6:.1f} M chars/s, {best / n * 1e3:.2f} ms each), median {n / median:,.0f} articles/s"
    )


if __name__ == "__main__":
    main()
