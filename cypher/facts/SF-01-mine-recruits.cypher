// Fact: The state is effectively compelling demobilised soldiers and young people to staff short-handed mines.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the recruitment policy, the Kaechon mines it applies to and the claim's credibility
MATCH (p:Policy {id: 'PO-MINE-RECRUITMENT'})-[:APPLIES_TO]->(m:Mine {id: 'U-KAECHON-MINES'})
MATCH (c:Claim {id: 'C-DNK-01'})-[:ABOUT]->(m)
WHERE p.domain = 'EMPLOYMENT' AND 'S-DNK-KAECHON' IN c.sources
RETURN p.name AS policy, m.name AS mine, c.statement AS claim, c.credibility AS credibility;
