"""Extraction time on hostile inputs that once took quadratic time (issue 13): a file of
nothing but opening quote marks, and the same with words between them, at sizes up to the
10 MB cap. The target: linear, a 10 MB file in under 10 s.

    python benchmarks/hostile_input.py
"""

from __future__ import annotations

import time

from provgraph.loaders import extract_text

CASES = {
    "curly opening marks": "“",
    "curly marks and words": "“a ",
    "straight marks": '"',
}


def main() -> None:
    for name, unit in CASES.items():
        for megabytes in (1, 5, 9.9):
            text = unit * int(megabytes * 1_000_000 / len(unit.encode("utf-8")))
            t0 = time.perf_counter()
            doc = extract_text(text)
            seconds = time.perf_counter() - t0
            print(f"{name:24} {megabytes:5} MB: {seconds:6.2f} s ({len(doc.quotes)} quotations)", flush=True)


if __name__ == "__main__":
    main()
