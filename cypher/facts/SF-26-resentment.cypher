// Fact: Young people shun mine work whatever the benefits, and the ideological pressure only deepens their resentment.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the resentment claim
MATCH (c:Claim {id: 'C-DNK-25'})-[:ABOUT]->(p:Policy {id: 'PO-IDEOLOGICAL-STUDY'})
RETURN c.statement AS claim, c.credibility AS credibility;
