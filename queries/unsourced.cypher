// name: unsourced
// description: Quotations with no speaker, no outlet and no footnote in the article that prints them.
// returns: article — the article; char_start — where; quote — the words
MATCH (art:Source)-[:MAKES]->(c:Claim)-[a:QUOTES]->(q:Quote)
WHERE a.speaker IS NULL AND a.outlet IS NULL
  AND NOT EXISTS { MATCH (q)-[sf:SOURCED_FROM]->(:Source) WHERE sf.doc = c.doc }
RETURN DISTINCT art.title AS article, a.char_start AS char_start, q.text AS quote
ORDER BY article, char_start
