// Fact: Workers try to escape the mines by any means possible.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the escape claim
MATCH (c:Claim {id: 'C-DNK-18'})-[:ABOUT]->(m:Mine {id: 'U-KAECHON-MINES'})
RETURN c.statement AS claim, c.credibility AS credibility;
