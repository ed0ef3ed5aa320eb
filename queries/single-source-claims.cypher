// name: single-source-claims
// description: Claims whose whole footnoted support is one report (every citation they make leads to the same source).
// returns: article — the article; claim, char_start — the claim; rests_on, outlet, date — the one report under it
MATCH (art:Source)-[:MAKES]->(c:Claim)-[:CITES]->(s:Source)
WITH art, c, count(DISTINCT s) AS sources, min(s.id) AS only_id
WHERE sources = 1
MATCH (sole:Source {id: only_id})
RETURN art.title AS article, c.text AS claim, c.char_start AS char_start, sole.title AS rests_on, sole.outlet AS outlet, sole.date AS date
ORDER BY article, char_start
