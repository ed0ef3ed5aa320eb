// name: single-source-claims
// description: Claims whose whole support, followed through chains of citation, comes down to one original report (a source that cites nothing further).
// returns: article — the article; claim, char_start — the claim; rests_on, outlet, date — the one original report under it; via — how many sources it cites directly
MATCH (art:Source)-[:MAKES]->(c:Claim)
WHERE size(c.roots) = 1
UNWIND c.roots AS root_id
MATCH (c)-[:CITES]->(direct:Source)
WITH art, c, root_id, count(DISTINCT direct) AS via
MATCH (sole:Source {id: root_id})
RETURN art.title AS article, c.text AS claim, c.char_start AS char_start, sole.title AS rests_on, sole.outlet AS outlet,
  sole.date AS date, via
ORDER BY article, char_start
