// name: unsourced
// description: What rests on nothing the reader can check: quotations with no speaker, no outlet and no footnote; footnote markers that point at no entry; reporting named in the text that matches no single report.
// returns: problem — what is missing; article — the article; char_start — where; text — the quotation, claim or sentence
MATCH (art:Source)-[:MAKES]->(c:Claim)-[a:QUOTES]->(q:Quote)
WHERE a.speaker IS NULL AND a.outlet IS NULL AND a.footnoted = false
RETURN DISTINCT 'quotation with no speaker, outlet or footnote' AS problem, art.title AS article, a.char_start AS char_start, q.text AS text
UNION ALL
MATCH (art:Source)-[:MAKES]->(c:Claim)
WHERE c.dangling IS NOT NULL
RETURN 'footnote marker with no entry: ' + c.dangling AS problem, art.title AS article, c.char_start AS char_start, c.text AS text
UNION ALL
MATCH (art:Source)-[:MAKES]->(c:Claim)-[m:MENTIONS]->(o:Outlet)
RETURN 'reporting by ' + o.name + ' matched to no single report' AS problem, art.title AS article, c.char_start AS char_start, c.text AS text
