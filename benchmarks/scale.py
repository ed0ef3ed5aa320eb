"""Loading and querying at newsroom scale: is the load linear, how fast do queries answer, how
much memory does it take?

    python benchmarks/scale.py                       # 1k and 10k articles, embedded store
    python benchmarks/scale.py --sizes "" --huge     # 100k (a 15-minute load, then the queries; 3 GB of disk)
    python benchmarks/scale.py --neo4j bolt://…      # against a Neo4j server (it empties its graph)

For each size a synthetic corpus of seed-shaped articles (benchmarks/load_throughput.py) is
loaded with the default ``load_paths`` — extraction included, as ``provgraph load DIR`` does
it — into an empty store. It prints the load rate of every 1,000-article slice and of the
first and last thirds (groups grow with the store, so single slices jump with where a commit
falls; a linear load keeps the thirds level, and the last may cost at most 1.5× the first),
then an incremental load of 1,000 new articles into the full store. The store is then opened
read-only, as `provgraph query` opens it, for p50/p95 of every canned query and of ``trace``.
Peak RSS is reported after the load and after the queries. Each size runs in its own process.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_throughput import make_corpus  # noqa: E402

SLICE = 1000
QUERY_RUNS = 7
PAGE = 100  # the rows a table shows (cli.main.TABLE_ROWS)
TRACE_WORDS = ["never been a real person", "a troll farm", "Heyrani"]


def timed_load(store, files: list[Path]) -> tuple[float, list[float]]:
    """Seconds for the whole load, and articles/s for each 1,000-article slice."""
    from provgraph.graph import load_paths

    marks = [time.perf_counter()]
    count = 0

    def on_article(path, outcome):
        nonlocal count
        count += 1
        if count % SLICE == 0:
            marks.append(time.perf_counter())

    t0 = time.perf_counter()
    load_paths(store, files, on_article=on_article)
    total = time.perf_counter() - t0
    rates = [SLICE / (b - a) for a, b in zip(marks, marks[1:], strict=False)]
    return total, rates


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def query_timings(store) -> dict[str, tuple[float, float]]:
    """p50/p95 in ms of every canned query (with its example parameters, a source given by id)
    and of ``trace``."""
    from provgraph.graph.store import StoreError
    from provgraph.queries import all_queries, bind_params, run_query
    from provgraph.queries.trace import trace_quote

    most_cited = store.query("MATCH (:Claim)-[:CITES]->(s:Source) RETURN s.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1")
    out = {}
    for name, q in sorted(all_queries().items()):
        given = {p.name: (most_cited[0]["id"] if p.type == "source" and most_cited else p.example) for p in q.params}
        params = bind_params(store, q, given)
        samples = []
        try:
            for _ in range(QUERY_RUNS):
                t0 = time.perf_counter()
                store.query(q.cypher, params)
                samples.append((time.perf_counter() - t0) * 1000)
        except StoreError as exc:  # said in the report, and the other queries still run
            out[name] = str(exc).rsplit(": ", 1)[-1]
            continue
        out[name] = percentiles(samples)
        # the first page, as `provgraph query` shows it in a table
        page = []
        for _ in range(QUERY_RUNS):
            t0 = time.perf_counter()
            run_query(store, name, given, limit=PAGE)
            page.append((time.perf_counter() - t0) * 1000)
        out[f"{name} (first {PAGE})"] = percentiles(page)
    samples = []
    for _ in range(QUERY_RUNS):
        for words in TRACE_WORDS:
            t0 = time.perf_counter()
            trace_quote(store, words)
            samples.append((time.perf_counter() - t0) * 1000)
    out["trace"] = percentiles(samples)
    return out


def run_size(spec: str, corpus: Path, extra: Path) -> dict:
    from provgraph.graph import graph_stats, open_store

    files = sorted(corpus.iterdir())
    with open_store(spec) as store:
        store.clear()
        total, rates = timed_load(store, files)
        t0 = time.perf_counter()
        more = sorted(extra.iterdir())
        from provgraph.graph import load_paths

        load_paths(store, more)
        incremental = len(more) / (time.perf_counter() - t0)
        # the load's figures first, on stderr: a long run says them before the queries start
        print(f"load {len(files)} in {total:.1f} s, slices {[round(r, 1) for r in rates]}, incremental {incremental:.1f}/s, "
              f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", file=sys.stderr, flush=True)  # fmt: skip
        stats = graph_stats(store)
    load_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    # queried as `provgraph query` queries it: the store opened read-only (a larger page cache)
    with open_store(spec, read_only=True) as store:
        queries = query_timings(store)
    return {
        "articles": len(files), "load_s": round(total, 1), "rate": round(len(files) / total, 1),
        "slices": [round(r, 1) for r in rates], "incremental_rate": round(incremental, 1),
        "queries": {k: v if isinstance(v, str) else [round(v[0], 1), round(v[1], 1)] for k, v in queries.items()},
        "nodes": sum(stats["nodes"].values()), "relationships": sum(stats["relationships"].values()),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "load_rss_mb": load_rss,
    }  # fmt: skip


def report(r: dict) -> None:
    slices = r["slices"] or [r["rate"]]
    print(f"\n{r['articles']:,} articles: {r['rate']} articles/s ({r['load_s']} s), graph {r['nodes']:,} nodes / {r['relationships']:,} rels, peak RSS {r['load_rss_mb']} MB loading, {r['peak_rss_mb']} MB with the queries")
    # groups grow with the store, so single slices jump with where a commit falls: compare thirds
    third = max(1, len(slices) // 3)
    first, last = (third / sum(1 / rate for rate in part) for part in (slices[:third], slices[-third:]))
    print(f"  per 1,000-article slice (articles/s): {', '.join(map(str, slices))}")
    print(f"  first third {first:.1f} articles/s, last third {last:.1f}: the last costs {first / last:.2f}x the first")
    print(f"  incremental: 1,000 more articles at {r['incremental_rate']} articles/s")
    print("  query                              p50 ms   p95 ms")
    for name, timing in r["queries"].items():
        if isinstance(timing, str):
            print(f"  {name:34} failed: {timing}")
        else:
            print(f"  {name:34} {timing[0]:7.1f}  {timing[1]:7.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--huge", action="store_true", help="add a 100,000-article run")
    ap.add_argument("--neo4j", default=None, help="bolt:// URI: run against this server instead of the embedded store")
    ap.add_argument("--child", nargs=3, metavar=("STORE", "CORPUS", "EXTRA"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(run_size(a.child[0], Path(a.child[1]), Path(a.child[2]))))
        return
    sizes = [int(s) for s in a.sizes.split(",") if s] + ([100_000] if a.huge else [])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in sizes:
            corpus, extra = tmp / f"corpus-{n}", tmp / f"extra-{n}"
            make_corpus(corpus, n, seed=3)
            make_corpus(extra, SLICE, seed=4, name="more")
            spec = a.neo4j or str(tmp / f"store-{n}")
            out = subprocess.run([sys.executable, __file__, "--child", spec, str(corpus), str(extra)], stdout=subprocess.PIPE, text=True)
            if out.returncode:
                sys.exit(f"{n} articles: the run failed (its error is above)")
            report(json.loads(out.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
