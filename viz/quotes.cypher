// name: viz-quotes
// description: The quotations in a set of claims, with the speaker and outlet each article gives them.
// param: claims (list) = ["claim:…"] — Claim ids
MATCH (c:Claim)-[qe:QUOTES]->(q:Quote)
WHERE c.id IN $claims
OPTIONAL MATCH (q)-[sb:SAID_BY]->(p:Person)
WHERE sb.doc = c.doc
OPTIONAL MATCH (q)-[ri:REPORTED_IN]->(o:Outlet)
WHERE ri.doc = c.doc
OPTIONAL MATCH (q)-[v:VARIANT_OF]->(q2:Quote)
RETURN c.id AS claim, qe.text AS as_printed, q, p, o, q2, v.similarity AS similarity,
  sb.how AS said_how, sb.confidence AS said_confidence, sb.attribution AS attribution, ri.attribution AS reported_attribution
