// Fact: Many recruits quit before their three years are up.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the early-departure claim
MATCH (c:Claim {id: 'C-DNK-22'})-[:ABOUT]->(p:Policy {id: 'PO-MINE-THREE-YEAR-TERM'})
RETURN c.statement AS claim, p.name AS term;
