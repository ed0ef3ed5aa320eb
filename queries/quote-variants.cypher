// name: quote-variants
// description: Quotations whose wording differs between articles, with their similarity, a word-level difference, and where and when each wording was first printed and whom it is attributed to, so the change can be traced to who made it.
// returns: quote, variant — the two wordings; similarity — 0..1; diff — words removed [-…-] and added {+…+}; quote_first_in, quote_first_seen, variant_first_in, variant_first_seen — the source (title, else outlet or address) and date of each wording's earliest appearance; quote_speakers, variant_speakers — who the articles printing each wording say spoke
MATCH (a:Quote)-[v:VARIANT_OF]->(b:Quote)
OPTIONAL MATCH (oa:Source {id: a.origin})
OPTIONAL MATCH (ob:Source {id: b.origin})
OPTIONAL MATCH (:Claim)-[qa:QUOTES]->(a)
WITH a, b, v, oa, ob, collect(DISTINCT qa.speaker) AS quote_speakers
OPTIONAL MATCH (:Claim)-[qb:QUOTES]->(b)
RETURN a.text AS quote, b.text AS variant, v.similarity AS similarity, v.diff AS diff,
  coalesce(oa.title, oa.outlet, oa.url) AS quote_first_in, a.first_seen AS quote_first_seen,
  coalesce(ob.title, ob.outlet, ob.url) AS variant_first_in, b.first_seen AS variant_first_seen,
  quote_speakers, collect(DISTINCT qb.speaker) AS variant_speakers
ORDER BY similarity DESC, quote
