// Fact: Regardless of incentives, mine workers quit nearly as quickly as new ones arrive.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the turnover claim about the Kaechon mines
MATCH (c:Claim {id: 'C-DNK-15'})-[:ABOUT]->(m:Mine {id: 'U-KAECHON-MINES'})
RETURN m.name AS mines, c.statement AS claim;
