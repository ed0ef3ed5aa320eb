// name: amplification
// description: Original reports ranked by how many articles, claims and outlets rest on them, directly or through chains of citation.
// returns: report, outlet, date — the report; articles, claims, outlets — how many rest on it
MATCH (s:Source)
MATCH (c:Claim)-[:CITES*1..6]->(s)
MATCH (art:Source)-[:MAKES]->(c)
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(o:Outlet)
RETURN s.title AS report, s.outlet AS outlet, s.date AS date,
  count(DISTINCT art) AS articles, count(DISTINCT c) AS claims, count(DISTINCT o) AS outlets
ORDER BY articles DESC, claims DESC, report
