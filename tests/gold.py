"""The scorer's comparison rules, for tests that pin extraction quality on the seeds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "seeds-gold"


def load_scorer():
    if not SHARED_SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("score", SHARED_SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
