// name: trace-quote
// description: Every appearance of a quotation (words matched after folding case, quote marks and punctuation), who each article says said it, and the report each appearance cites.
// param: norm (quote) = never been a real person — the words to look for; `provgraph query` folds them as the graph does
// returns: quote_id, quote — the stored Quote; article, article_date, path — where it appears; as_printed, char_start, char_end — the evidence in that article; speaker, outlet — the attribution there; speaker_how, speaker_confidence, attribution — how the speaker was decided, how sure that rule is, and whether the words were told to the outlet (first-hand) or passed on (relayed); cited_report, cited_outlet, cited_date, cited_how — the footnoted report, if any, and how the footnote was matched to it
MATCH (q:Quote) WHERE q.norm CONTAINS $norm
MATCH (art:Source)-[:MAKES]->(c:Claim)-[a:QUOTES]->(q)
OPTIONAL MATCH (q)-[sf:SOURCED_FROM]->(origin:Source) WHERE sf.doc = c.doc
RETURN DISTINCT q.id AS quote_id, q.text AS quote, art.title AS article, art.date AS article_date, art.path AS path,
  a.text AS as_printed, a.char_start AS char_start, a.char_end AS char_end, a.speaker AS speaker, a.outlet AS outlet,
  a.speaker_how AS speaker_how, a.speaker_confidence AS speaker_confidence, a.attribution AS attribution,
  origin.title AS cited_report, origin.outlet AS cited_outlet, origin.date AS cited_date, sf.how AS cited_how
ORDER BY coalesce(cited_date, article_date, '9999'), article, char_start
