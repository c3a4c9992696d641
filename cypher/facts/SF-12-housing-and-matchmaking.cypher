// Fact: The Party provides houses to mine workers and organises matchmaking to help them find spouses.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the housing (RESIDENCE) and matchmaking (MARRIAGE) policies
MATCH (c:Claim {id: 'C-DNK-11'})-[:ABOUT]->(h:Policy {id: 'PO-MINE-HOUSING'})
MATCH (c)-[:ABOUT]->(m:Policy {id: 'PO-MINE-MATCHMAKING'})
WHERE h.domain = 'RESIDENCE' AND m.domain = 'MARRIAGE'
RETURN h.statement AS housing, m.statement AS matchmaking;
