"""Fuzz the loaders: mutate the seeds and the test fixtures and run each result through the
text, HTML and Markdown paths and the reference parser, looking for exceptions that are not a
user-facing ``ProvgraphError``, slow inputs and memory growth.

    python scripts/fuzz_loaders.py --inputs 100000 [--seed 1]

Prints one JSON report: inputs tried, unexpected exceptions (with a reproducer saved under
``--save``), the slowest input, peak RSS. The test suite runs a small fixed budget of it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# how the loaders report a panic inside the core (a bug, not a refusal)
CORE_FAILURE = "the extractor failed on this text"
MARKS = ["“", "”", '"', "‘", "’", "'", "«", "»", "„", "''", "``"]
PIECES = [
    "[1]", "[12]", "[3-5]", "[^2]", "¹²", ".7 ", "(4)", "\n\nReferences\n", "\n[1] ", "\n1. ", "Ibid.", "ibid., p. 4",
    "<p>", "</p>", "<ol><li>", "</li></ol>", "<a href='javascript:x'>", "<script>", "<!--", "]]>", "&amp;", "&#0;",
    "\x00", "\x1b[2J", "\u202e", "\ufeff", "\r", "\u2028", "\t", " said ", " told The Intercept ", ", he said.", "http://",
    "June 9th, 2019", "2019-13-45", "Mr.", "Dr. ", "—", "…", "#" * 7, "> ", "```", "*" * 3,
]  # fmt: skip


@dataclass
class Report:
    inputs: int = 0
    refused: int = 0  # ProvgraphError: the one-line error a user sees
    unexpected: list[dict] = field(default_factory=list)
    slowest_seconds: float = 0.0
    slowest_input: str = ""
    peak_rss_mb: float = 0.0


def corpus() -> list[bytes]:
    files = sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "tests" / "fixtures").rglob("*"))
    return [f.read_bytes() for f in files if f.is_file() and f.stat().st_size < 300_000]


def mutate(data: bytes, rnd: random.Random) -> bytes:
    text = bytearray(data)
    for _ in range(rnd.randint(1, 6)):
        at = rnd.randrange(len(text) + 1)
        kind = rnd.random()
        if kind < 0.3:
            piece = rnd.choice(MARKS) * rnd.choice((1, 1, 1, 2, 50))
            text[at:at] = piece.encode("utf-8")
        elif kind < 0.6:
            text[at:at] = rnd.choice(PIECES).encode("utf-8")
        elif kind < 0.7 and text:
            text[at : at + 1] = bytes([rnd.randrange(256)])  # a byte flip, perhaps breaking UTF-8
        elif kind < 0.8:
            end = min(len(text), at + rnd.randint(1, 400))
            del text[at:end]
        elif kind < 0.9:
            end = min(len(text), at + rnd.randint(1, 400))
            text[at:at] = text[at:end] * rnd.randint(1, 3)
        else:
            del text[at:]  # truncated
    return bytes(text)


def one(data: bytes, suffix: str, rnd: random.Random) -> None:
    from provgraph.loaders import extract_raw
    from provgraph.loaders.reading import decode_article
    from provgraph.loaders.rules import parse_reference

    doc = extract_raw(decode_article(data, "fuzz" + suffix, suffix=suffix))  # a ProvgraphError is a refusal
    doc.to_dict()
    lines = [line for line in doc.text.splitlines() if line.strip()]
    if lines:
        parse_reference(rnd.randint(1, 50), rnd.choice(lines)[:2000])


def attempt(data: bytes, suffix: str, rnd: random.Random) -> str | None:
    """None when the input is read, "refused" for the one-line error a user sees, else what
    went wrong: any other exception, or a panic in the core (which the loaders report as a
    bug in the file's error line)."""
    from provgraph.loaders import ProvgraphError

    try:
        one(data, suffix, rnd)
    except ProvgraphError as exc:
        return f"core panic: {exc}" if CORE_FAILURE in str(exc) else "refused"
    except Exception as exc:  # noqa: BLE001 - what the fuzzer is here to find
        return f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)[-600:]}"
    return None


def run(inputs: int, seed: int = 1, save: Path | None = None, on_input: Callable[[int], None] | None = None) -> Report:
    rnd = random.Random(seed)
    base = corpus()
    report = Report()
    for i in range(inputs):
        data = mutate(rnd.choice(base), rnd)
        suffix = rnd.choice((".txt", ".html", ".md"))
        t0 = time.perf_counter()
        problem = attempt(data, suffix, rnd)
        if problem == "refused":
            report.refused += 1
        elif problem is not None:
            item = {"input": i, "suffix": suffix, "error": problem[:300]}
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                path = save / f"crash-{i}{suffix}"
                path.write_bytes(data)
                item["saved"] = str(path)
            report.unexpected.append(item)
        took = time.perf_counter() - t0
        if took > report.slowest_seconds:
            report.slowest_seconds, report.slowest_input = round(took, 4), f"#{i} ({len(data):,} bytes, {suffix})"
        report.inputs += 1
        if on_input:
            on_input(i)
    report.peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "provgraph-fuzz-crashes", help="where reproducers go")
    a = ap.parse_args()
    t0 = time.perf_counter()
    report = run(a.inputs, a.seed, a.save, on_input=lambda i: print(f"{i:,}", file=sys.stderr) if i and i % 10_000 == 0 else None)
    out = {**report.__dict__, "seconds": round(time.perf_counter() - t0, 1), "unexpected_count": len(report.unexpected)}
    out["unexpected"] = report.unexpected[:20]
    print(json.dumps(out, indent=1))
    return 1 if report.unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
