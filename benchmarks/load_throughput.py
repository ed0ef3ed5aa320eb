"""Load throughput on both stores: batched (UNWIND … MERGE, one transaction per article),
grouped (50 articles' rows per transaction, each article still all-or-nothing) and naive (one
MERGE per row, one transaction per element), side by side, with peak memory.

    python benchmarks/load_throughput.py --articles 10000 [--naive-articles 100] [--neo4j bolt://…]

A synthetic corpus of seed-shaped articles is written to a temporary folder: each is one of
the five seeds with its reference list replaced by citations drawn from a shared pool (so
entity resolution and "one report, one Source" are exercised) and a unique line (so every
article is new). Each mode runs in its own process, so peak RSS is that mode's own. Elements
are the parameter rows written (nodes and relationships). Writes are timed apart from
extraction, which has its own benchmark.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OUTLETS = ["The Intercept", "The Independent", "Al Jazeera", "Politico", "Lobelog", "The Guardian", "Reuters",
           "The Times", "Al-Monitor", "Informed Comment", "The Daily Beast", "Foreign Policy"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def make_corpus(folder: Path, n: int, seed: int = 3, name: str = "a") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pool = []
    for k in range(max(50, n // 5)):
        words = rnd.sample(["Iran", "activist", "persona", "troll", "farm", "report", "secret", "program", "funding",
                            "ledger", "campaign", "network", "officials", "leak", "court", "election"], 6)  # fmt: skip
        pool.append(
            f"{rnd.choice(['Hussain', 'Doe', 'Roe', 'Smith', 'Khan', 'Ruiz'])}, {rnd.choice(['Murtaza', 'Jane', 'Ana', 'Omar', 'Lee'])}, "
            f"{' '.join(w.capitalize() for w in words)} {k}, {rnd.choice(OUTLETS)}, "
            f"{rnd.choice(MONTHS)} {rnd.randint(1, 28)}th, {rnd.randint(2015, 2024)}."
        )
    paths = []
    for i in range(n):
        text = seeds[i % len(seeds)]
        text = re.sub(r"^\[(\d+)\][^\n]*$", lambda m: f"[{m.group(1)}] {rnd.choice(pool)}", text, flags=re.M)
        p = folder / f"{name}{i:06d}.txt"
        p.write_text(f"{text}\nSynthetic article {name} number {i}.\n", encoding="utf-8")
        paths.append(p)
    return paths


class TimedStore:
    """Passes everything through, adding up the time spent in writes."""

    def __init__(self, inner):
        self.inner, self.name, self.write_time = inner, inner.name, 0.0
        self.chains_statements = inner.chains_statements  # how the loader shapes an article's writes

    def query(self, cypher, params=None):
        return self.inner.query(cypher, params)

    def write(self, batches):
        t0 = time.perf_counter()
        self.inner.write(batches)
        self.write_time += time.perf_counter() - t0


def run_mode(store_spec: str, files: list[str], mode: str) -> dict:
    from provgraph.graph import graph_stats, load_paths, open_store
    from provgraph.graph.load import make_resolver
    from provgraph.graph.model import document_rows
    from provgraph.graph.resolve import stable_id
    from provgraph.loaders import extract_file

    inner = open_store(store_spec)
    inner.clear()
    store = TimedStore(inner)
    t_all = time.perf_counter()
    if mode == "naive":  # one MERGE per row, one transaction per element
        resolver = make_resolver(inner)
        elements = 0
        for f in files:
            rows = document_rows(extract_file(f), resolver, stable_id("article", f))
            for cypher, params in rows.batches():
                for row in params["rows"]:
                    store.write([(cypher, {"rows": [row]})])
            elements += rows.count()
    elif mode == "bulk":  # COPY FROM on the embedded store; its one write is the COPY transaction
        from provgraph.graph.bulk import bulk_load

        original = inner.write

        def timed(batches):
            t0 = time.perf_counter()
            original(batches)
            store.write_time += time.perf_counter() - t0

        inner.write = timed
        elements = bulk_load(inner, files).rows_written
    else:
        summary = load_paths(store, files, group=50 if mode == "grouped" else 1)
        elements = summary.rows_written
    total = time.perf_counter() - t_all
    stats = graph_stats(inner)
    inner.close()
    return {
        "mode": mode, "store": store_spec, "articles": len(files), "elements": elements,
        "write_s": round(store.write_time, 2), "total_s": round(total, 2),
        "elements_per_s": round(elements / store.write_time, 1) if store.write_time else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "nodes": sum(stats["nodes"].values()), "relationships": sum(stats["relationships"].values()),
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--naive-articles", type=int, default=100, help="naive loading is slow: run it on this many")
    ap.add_argument("--neo4j", default=None, help="bolt:// URI of a server to include")
    ap.add_argument("--embedded-modes", default="batched,grouped,bulk,naive", help="comma-separated; empty to skip")
    ap.add_argument("--neo4j-modes", default="batched,grouped,naive", help="comma-separated")
    ap.add_argument("--child", nargs=3, metavar=("STORE", "FILELIST", "MODE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        store, filelist, mode = a.child
        print(json.dumps(run_mode(store, Path(filelist).read_text().split("\n"), mode)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = [str(p) for p in make_corpus(tmp / "corpus", a.articles)]
        seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
        lists = {}
        for name, fl in (("all", seeds + files), ("naive", seeds + files[: a.naive_articles])):
            lists[name] = tmp / f"{name}.txt"
            lists[name].write_text("\n".join(fl))
        stores = ([("embedded", str(tmp / "lb"))] if a.embedded_modes else []) + ([("neo4j", a.neo4j)] if a.neo4j else [])
        results = []
        for label, spec in stores:
            wanted = (a.embedded_modes if label == "embedded" else a.neo4j_modes).split(",")
            modes = [(m, "naive" if m == "naive" else "all") for m in wanted]
            for mode, fl in modes:
                if label == "embedded":
                    spec = str(tmp / f"lb-{mode}")
                out = subprocess.run([sys.executable, __file__, "--child", spec, str(lists[fl]), mode],
                                     capture_output=True, text=True, check=True)  # fmt: skip
                r = json.loads(out.stdout.strip().splitlines()[-1])
                r["store"] = label
                results.append(r)
                print(f"{label:8} {mode:7} {r['articles']:6} articles {r['elements']:9,} elements: "
                      f"{r['elements_per_s']:>10,.0f} elements/s (writes {r['write_s']} s, all {r['total_s']} s), "
                      f"peak RSS {r['peak_rss_mb']} MB, graph {r['nodes']:,} nodes / {r['relationships']:,} rels", flush=True)  # fmt: skip
        for label, _ in stores:
            n = next((r for r in results if r["store"] == label and r["mode"] == "naive"), None)
            if n is None:
                continue
            for b in (r for r in results if r["store"] == label and r["mode"] != "naive"):
                mode = b["mode"]
                print(f"{label}: {mode} is {b['elements_per_s'] / n['elements_per_s']:.1f}x the naive rate")


if __name__ == "__main__":
    main()
