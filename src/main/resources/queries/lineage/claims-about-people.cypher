// Sourced statements about each person (Claim ABOUT Person), e.g. what a testimony says happened to them, with
// how its teller knows (when the claim says so itself) and the date it refers to.
UNWIND $ids AS personId
MATCH (c:Claim)-[:ABOUT]->(:Person {id: personId})
RETURN personId, c.id AS id, c.statement AS statement, c.knowledge AS knowledge, c.asOf AS asOf,
       c.dateQualifier AS dateQualifier, c.sources AS sources, c.credibility AS credibility
ORDER BY personId, id
