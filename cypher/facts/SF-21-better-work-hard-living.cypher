// Fact: Mine working conditions have improved, but the locations are very inconvenient to live in.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the living-conditions claim about the mining district
MATCH (c:Claim {id: 'C-DNK-20'})-[:ABOUT]->(d:Place {id: 'PL-KAECHON-MINING-DISTRICT'})
RETURN d.name AS district, c.statement AS claim;
