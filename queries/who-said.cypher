// name: who-said
// description: Everything a person (or body) is quoted as saying, in which article, and through which outlet.
// param: person (string) = Heyrani — part of the speaker's name, any case
// returns: person — the speaker node's name; quote — the words; outlet — where the article says they appeared; article, date — the quoting article
MATCH (p:Person) WHERE toLower(p.name) CONTAINS toLower($person)
MATCH (art:Source)-[:MAKES]->(c:Claim)-[a:QUOTES]->(q:Quote)
WHERE a.person = p.id
RETURN DISTINCT p.name AS person, q.text AS quote, a.outlet AS outlet, art.title AS article, art.date AS date
ORDER BY person, date, article
