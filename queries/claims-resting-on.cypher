// name: claims-resting-on
// description: Every claim that rests on a given report, directly (its footnote) or through a chain of citations, with the chain.
// param: source_id (source) = Intercept June 2019 — the report; `provgraph query` accepts words of its title, outlet or date and finds its id
// returns: article — the article making the claim; claim, char_start — the claim and where it stands; hops — 1 for a direct footnote, more through citing sources; chain — the path from claim to report
MATCH (target:Source {id: $source_id})
MATCH p = (c:Claim)-[:CITES*1..6]->(target)
MATCH (art:Source)-[:MAKES]->(c)
RETURN art.title AS article, c.text AS claim, c.char_start AS char_start, length(p) AS hops, nodes(p) AS chain
ORDER BY article, char_start, hops
