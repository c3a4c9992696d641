// Fact: Most of the new flats have gone to demobilised soldiers and young mine recruits.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the allotment claim about the new housing
MATCH (c:Claim {id: 'C-DNK-05'})-[:ABOUT]->(h:Housing {id: 'HS-KAECHON-NEW-APTS'})
MATCH (c)-[:ABOUT]->(p:Policy {id: 'PO-MINE-HOUSING'})
RETURN h.name AS housing, c.statement AS claim, p.statement AS policy;
