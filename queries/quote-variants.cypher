// name: quote-variants
// description: Quotations whose wording differs between articles, with their similarity and a word-level difference.
// returns: quote, variant — the two wordings; similarity — 0..1; diff — words removed [-…-] and added {+…+}
MATCH (a:Quote)-[v:VARIANT_OF]->(b:Quote)
RETURN a.text AS quote, b.text AS variant, v.similarity AS similarity, v.diff AS diff
ORDER BY similarity DESC
