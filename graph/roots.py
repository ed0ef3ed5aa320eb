"""Each claim's roots: the original reports its citation chains come down to, kept on the
Claim so that queries read them instead of walking ``[:CITES*1..6]`` from every claim (the
walk cost 5.7 s over 200k claims at 10,000 articles, and ran LadybugDB out of memory when
joined with more).

A claim's roots change when a source its chains reach starts citing others: a cited report
loaded as an article, or an article replaced. So after each group of articles is written, the
roots of its own claims are worked out, and of every claim whose chains reach one of its
articles that was already in the graph. A load killed in between leaves its articles'
``origins_pending`` set, and the next load works them out again.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import statements as st
from .store import Store

# claims per statement: enough to pay for the round trip, few enough to bound the walk's memory
CHUNK = 2000


def update_roots(store: Store, claim_ids: Iterable[str], changed_sources: Iterable[str] = ()) -> None:
    """Work out again the roots of ``claim_ids`` and of every claim whose chains reach one of
    ``changed_sources`` (sources whose own citations changed)."""
    claims = set(claim_ids)
    changed = sorted(set(changed_sources))
    for i in range(0, len(changed), CHUNK):
        claims.update(r["id"] for r in store.query(st.CLAIMS_UPSTREAM, {"ids": changed[i : i + CHUNK]}))
    ids = sorted(claims)
    for i in range(0, len(ids), CHUNK):
        rows = store.query(st.CLAIM_ROOTS, {"ids": ids[i : i + CHUNK]})
        store.write([(st.SET_CLAIM_ROOTS, {"rows": [{"id": r["id"], "roots": sorted(r["roots"])} for r in rows]})])


def claims_without_roots(store: Store) -> list[str]:
    """Claims a store written before roots were kept (or a killed load) left without them."""
    return [r["id"] for r in store.query(st.CLAIMS_WITHOUT_ROOTS)]
