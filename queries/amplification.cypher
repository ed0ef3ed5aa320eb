// name: amplification
// description: Original reports (sources that cite nothing further) ranked by how many articles, claims and outlets rest on them, directly or through chains of citation.
// returns: report, outlet, date — the report; articles, claims, outlets — how many rest on it
MATCH (art:Source)-[:MAKES]->(c:Claim)
UNWIND c.roots AS root_id
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(o:Outlet)
WITH root_id, count(DISTINCT art) AS articles, count(DISTINCT c) AS claims, count(DISTINCT o) AS outlets
MATCH (s:Source {id: root_id})
RETURN s.title AS report, s.outlet AS outlet, s.date AS date, articles, claims, outlets
ORDER BY articles DESC, claims DESC, report
