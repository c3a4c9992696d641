// Fact: Young recruits are determined to leave the mines once their three-year term is complete.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the three-year term (value 3, unit years)
MATCH (c:Claim {id: 'C-DNK-21'})-[:ABOUT]->(p:Policy {id: 'PO-MINE-THREE-YEAR-TERM'})-[:APPLIES_TO]->(m:Mine)
WHERE c.value = 3 AND c.unit = 'years'
RETURN p.statement AS term, c.statement AS intention, m.name AS mines;
