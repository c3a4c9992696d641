// Sourced statements about each person (Claim ABOUT Person), e.g. what a testimony says happened to them.
UNWIND $ids AS personId
MATCH (c:Claim)-[:ABOUT]->(:Person {id: personId})
RETURN personId, c.id AS id, c.statement AS statement, c.sources AS sources, c.credibility AS credibility
ORDER BY personId, id
