// name: circular-citations
// description: Sources that come back to themselves through citations (A cites B cites A), and articles citing their own outlet as support.
// returns: kind — "cycle" or "own outlet"; source — where it starts; length — citations in the loop; path — the loop
MATCH (a:Source)
WHERE EXISTS { MATCH (a)-[:CITES]->(:Source) } AND EXISTS { MATCH (:Source)-[:CITES]->(a) }
MATCH p = (a)-[:CITES*1..6]->(b:Source)
WHERE a.id = b.id
RETURN 'cycle' AS kind, a.title AS source, length(p) AS length, nodes(p) AS path
UNION ALL
MATCH p = (a:Source)-[:CITES*1..1]->(b:Source)
MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)<-[:PUBLISHED_BY]-(b)
RETURN 'own outlet' AS kind, a.title AS source, 1 AS length, nodes(p) AS path
