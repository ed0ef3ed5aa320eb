"""Quote-variant matching at scale: index N synthetic quotations, plant altered copies
(dropped sentence, "[and]" inserted, ellipsis, a changed word) and find them again.

    python benchmarks/quote_variants.py [--quotes 100000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from provgraph.common.keys import normalise_quote
from provgraph.graph.variants import QuoteIndex


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--probes", type=int, default=2_000)
    a = ap.parse_args()
    rnd = random.Random(1)
    vocab = [f"w{i}" for i in range(20_000)]
    quotes = []
    for _ in range(a.quotes):
        sentences = [" ".join(rnd.choices(vocab, k=rnd.randint(6, 14))) + "." for _ in range(rnd.randint(1, 3))]
        quotes.append(" ".join(sentences))
    index = QuoteIndex()
    t0 = time.perf_counter()
    for i, q in enumerate(quotes):
        index.add(f"q{i}", normalise_quote(q), q)
    t_index = time.perf_counter() - t0

    def alter(q: str) -> str:
        parts = q.split(". ")
        kind = rnd.randrange(4)
        if kind == 0 and len(parts) > 1:
            return ". ".join(parts[1:])
        words = q.split()
        k = rnd.randrange(1, len(words) - 1)
        if kind == 1:
            return " ".join(words[:k] + ["[and]"] + words[k:])
        if kind == 2:
            return " ".join(words[:k]) + " … " + " ".join(words[k + 1 :])
        return " ".join(words[:k] + ["changed"] + words[k + 1 :])

    probes = rnd.sample(range(a.quotes), a.probes)
    found = 0
    t0 = time.perf_counter()
    for i in probes:
        v = alter(quotes[i])
        hits = index.variants_of("new", normalise_quote(v), v)
        found += any(h.b == f"q{i}" for h in hits)
    t_query = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"indexed {a.quotes:,} quotations in {t_index:.1f} s; {a.probes:,} altered probes in {t_query:.1f} s "
          f"({t_query / a.probes * 1000:.2f} ms each), recall {found / a.probes:.3f}; peak RSS {rss:,.0f} MB")


if __name__ == "__main__":
    main()
