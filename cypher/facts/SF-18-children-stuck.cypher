// Fact: Workers fear that settling in means their children will be stuck at the mines too.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the fear-for-children claim
MATCH (c:Claim {id: 'C-DNK-17'})-[:ABOUT]->(m:Mine {id: 'U-KAECHON-MINES'})
RETURN c.statement AS claim, m.name AS mines;
