// name: cited-not-loaded
// description: Reports that loaded articles cite but whose own text is not in the graph — the reading list for a fact-checker.
// returns: report, outlet, date, url — the cited report; articles — how many loaded articles cite it; claims — how many claims
MATCH (s:Source) WHERE s.loaded = false
OPTIONAL MATCH (art:Source)-[:MAKES]->(c:Claim)-[:CITES]->(s)
RETURN s.title AS report, s.outlet AS outlet, s.date AS date, s.url AS url,
  count(DISTINCT art) AS articles, count(DISTINCT c) AS claims
ORDER BY articles DESC, claims DESC, report
