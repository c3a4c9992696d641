// Fact: Songbun is not officially acknowledged in North Korea's constitution.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the claim about all three classes
MATCH (c:Claim {id: 'C-FEAT-09'})-[:ABOUT]->(k:SongbunClass)
WITH c, count(k) AS n WHERE n = 3
RETURN c.statement AS claim, n AS classes;
