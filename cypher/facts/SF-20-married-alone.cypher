// Fact: Many married miners live by themselves at the mine, their families having stayed behind in the city.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the married-workers claim
MATCH (c:Claim {id: 'C-DNK-19'})-[:ABOUT]->(m:Mine {id: 'U-KAECHON-MINES'})
RETURN c.statement AS claim, m.name AS mines;
