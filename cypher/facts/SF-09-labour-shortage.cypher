// Fact: Farms and mines suffer a severe labour shortage, and the authorities offer incentive packages to attract young people.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the shortage claim about the Kaechon mines
MATCH (c:Claim {id: 'C-DNK-08'})-[:ABOUT]->(m:Mine {id: 'U-KAECHON-MINES'})
RETURN m.name AS mines, c.statement AS claim;
