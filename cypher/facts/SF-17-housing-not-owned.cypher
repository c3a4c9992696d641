// Fact: The housing given to workers does not actually belong to them.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the ownership claim about the new flats
MATCH (c:Claim {id: 'C-DNK-16'})-[:ABOUT]->(h:Housing {id: 'HS-KAECHON-NEW-APTS'})
RETURN h.name AS housing, c.statement AS claim;
