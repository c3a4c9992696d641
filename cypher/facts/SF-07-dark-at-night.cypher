// Fact: Seen at night, few lights are on in the new blocks: bright new buildings that are mostly empty.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the observation, cited to the unnamed South Pyongan informant's testimony
MATCH (c:Claim {id: 'C-DNK-06'})-[:ABOUT]->(h:Housing {id: 'HS-KAECHON-NEW-APTS'})
MATCH (c)-[:CITES]->(s:Source {id: 'S-DNK-INF-SPYONGAN'})
RETURN h.name AS housing, c.statement AS observation, s.kind AS sourceKind;
