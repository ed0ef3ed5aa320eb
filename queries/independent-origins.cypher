// name: independent-origins
// description: How many independent origins each claim rests on: the outlets of the original reports under its footnotes (followed through chains of citation) and of its quotations' first reports. Two reports of one outlet count once; a claim with one origin rests on a single source.
// returns: article — the article; claim, char_start — the claim; origins — the number of independent origins; outlets — which (a source with no outlet is named by its title: for a quotation first printed in the article itself, the article)
MATCH (art:Source)-[:MAKES]->(c:Claim)
UNWIND coalesce(c.roots, []) + [''] AS root_id
OPTIONAL MATCH (s:Source {id: root_id})
WITH art, c, collect(DISTINCT coalesce(s.outlet, s.title, s.url, s.id)) AS cited
OPTIONAL MATCH (c)-[:QUOTES]->(q:Quote)
OPTIONAL MATCH (o:Source {id: q.origin})
WITH art, c, cited, collect(DISTINCT coalesce(o.outlet, o.title, o.url, o.id)) AS quoted
UNWIND cited + quoted AS origin
WITH art, c, count(DISTINCT origin) AS origins, collect(DISTINCT origin) AS outlets
RETURN art.title AS article, c.text AS claim, c.char_start AS char_start, origins, outlets
ORDER BY origins, article, char_start
