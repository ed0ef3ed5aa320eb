// name: viz-seeds
// description: Claim ids to draw: those quoting words (norm), made by an article (article), or citing a source (source_id).
// param: norm (quote) = never been a real person — folded words of a quotation, or ''
// param: article (string) = somebody — part of an article's title or path, or ''
// param: source_id (string) = report:… — a Source id, or ''
MATCH (a:Source)-[:MAKES]->(c:Claim)
OPTIONAL MATCH (c)-[:QUOTES]->(q:Quote)
OPTIONAL MATCH (c)-[:CITES]->(s:Source)
WITH a, c, q, s
WHERE ($norm <> '' AND q.norm CONTAINS $norm)
   OR ($article <> '' AND (toLower(coalesce(a.title, '')) CONTAINS toLower($article) OR coalesce(a.path, '') CONTAINS $article))
   OR ($source_id <> '' AND s.id = $source_id)
RETURN DISTINCT c.id AS claim
