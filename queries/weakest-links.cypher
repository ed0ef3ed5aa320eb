// name: weakest-links
// description: Claims resting on a guessed link, least sure first: the lowest confidence among the claim's footnotes and its quotations' speakers and reports, and how that link was decided. Check these against the text first.
// returns: article — the article; claim, char_start — the claim and where it stands; confidence — its weakest link's; link — that link's type and how it was decided
MATCH (art:Source)-[:MAKES]->(c:Claim)
WHERE c.weakest_confidence < 1.0
RETURN art.title AS article, c.text AS claim, c.char_start AS char_start, c.weakest_confidence AS confidence, c.weakest_link AS link
ORDER BY confidence, article, char_start
