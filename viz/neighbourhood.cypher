// name: viz-claims
// description: The articles, cited sources and their outlets around a set of claims (for pictures).
// param: claims (list) = ["claim:…"] — Claim ids
MATCH (a:Source)-[:MAKES]->(c:Claim)
WHERE c.id IN $claims
OPTIONAL MATCH (c)-[ci:CITES]->(s:Source)
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(so:Outlet)
RETURN a, c, ci.n AS n, ci.how AS cites_how, ci.confidence AS cites_confidence, s, so
