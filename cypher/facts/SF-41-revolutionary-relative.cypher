// Fact: Descent from a revolutionary fighter confers good songbun.
// Source: S-FEAT-JOBS (F), S-ASIAWATCH-1988 (B)
// Expect: one row: claim about the CORE class and the 'bereaved families of revolutionaries' category
MATCH (c:Claim {id: 'C-FEAT-11'})-[:ABOUT]->(cat:SongbunCategory)-[:IN_CLASS]->(k:SongbunClass {id: 'CORE'})
RETURN c.statement AS claim, cat.name AS category, k.name AS class;
