// name: article-provenance
// description: For one article, every claim and quotation with what it rests on — and what rests on nothing.
// param: article (string) = MEK and somebody — part of the article's title or file path
// returns: article — its title; char_start, claim — each claim in order; rests_on — titles of the reports it cites; quotes — the quotations in it; speakers — who they are attributed to
MATCH (art:Source)-[:MAKES]->(c:Claim)
WHERE art.loaded = true AND (toLower(coalesce(art.title, '')) CONTAINS toLower($article) OR coalesce(art.path, '') CONTAINS $article)
OPTIONAL MATCH (c)-[:CITES]->(s:Source)
OPTIONAL MATCH (c)-[a:QUOTES]->(q:Quote)
RETURN art.title AS article, c.char_start AS char_start, c.text AS claim, collect(DISTINCT s.title) AS rests_on,
  collect(DISTINCT q.text) AS quotes, collect(DISTINCT a.speaker) AS speakers
ORDER BY article, char_start
