// name: claims-resting-on
// description: Every claim that rests on a given report, and by which path: its footnote, a mention in the text ("as The Intercept reported in June 2019"), a chain of citing sources, or a quotation the report was the first to carry (or another wording of one). A claim resting on it by several paths has a row for each.
// param: source_id (source) = Intercept June 2019 — the report; `provgraph query` accepts words of its title, outlet or date and finds its id
// order: article, path, char_start, hops, rests_by
// returns: article, article_date, path — the article making the claim; claim, char_start, claim_id — the claim and where it stands; rests_by — the path (footnote, mention in the text, citation chain, quotation first reported there, another wording of a quotation first reported there); hops — links from claim to report; cites — the source the claim cites on the way (the report itself for a quotation); how — how that link was decided
MATCH (target:Source {id: $source_id})
MATCH p = (c:Claim)-[first:CITES]->(cites:Source)-[:CITES*0..5]->(target)
MATCH (art:Source)-[:MAKES]->(c)
RETURN art.title AS article, art.date AS article_date, art.path AS path, c.text AS claim, c.char_start AS char_start, c.id AS claim_id,
  CASE WHEN length(p) > 1 THEN 'citation chain' WHEN first.via = 'mention' THEN 'mention in the text' ELSE 'footnote' END AS rests_by,
  length(p) AS hops, cites, first.how AS how
UNION ALL
MATCH (target:Source {id: $source_id})
MATCH (q:Quote {origin: $source_id})
MATCH (art:Source)-[:MAKES]->(c:Claim)-[:QUOTES]->(q)
WHERE art.id <> $source_id
RETURN art.title AS article, art.date AS article_date, art.path AS path, c.text AS claim, c.char_start AS char_start, c.id AS claim_id,
  'quotation first reported there' AS rests_by, 1 AS hops, target AS cites, 'quotation origin' AS how
UNION ALL
// another wording of such a quotation (a sentence dropped or a word changed) that no earlier report carried
MATCH (target:Source {id: $source_id})
MATCH (q:Quote {origin: $source_id})-[:VARIANT_OF]-(other:Quote)
WHERE other.origin <> $source_id
MATCH (art:Source)-[:MAKES]->(c:Claim)-[:QUOTES]->(other)
WHERE art.id <> $source_id
RETURN DISTINCT art.title AS article, art.date AS article_date, art.path AS path, c.text AS claim, c.char_start AS char_start, c.id AS claim_id,
  'another wording of a quotation first reported there' AS rests_by, 2 AS hops, target AS cites, 'similar wording' AS how
