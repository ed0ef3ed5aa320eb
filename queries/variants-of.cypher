// name: variants-of
// description: The other wordings of a quotation found in the graph (a dropped sentence, an inserted word, a changed one), each with where and when it was first printed.
// param: norm (quote) = never been a real person — the words of the quotation; `provgraph query` folds them as the graph does
// returns: quote — the wording that holds the words; variant — another wording; similarity — 0..1; diff — words removed [-…-] and added {+…+}, read from the larger id's wording to the smaller's; variant_first_in, variant_first_seen — the source (title, else outlet or address) and date of the variant's earliest appearance
MATCH (q:Quote) WHERE q.norm CONTAINS $norm
MATCH (q)-[v:VARIANT_OF]-(o:Quote)
OPTIONAL MATCH (first:Source {id: o.origin})
RETURN DISTINCT q.text AS quote, o.text AS variant, v.similarity AS similarity, v.diff AS diff,
  coalesce(first.title, first.outlet, first.url) AS variant_first_in, o.first_seen AS variant_first_seen
ORDER BY similarity DESC, variant
