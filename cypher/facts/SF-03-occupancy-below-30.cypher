// Fact: Actual occupancy of the new mining-district apartments is below 30%.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the housing node with the occupancy figure 30, qualifier BELOW, unit percent
MATCH (c:Claim {id: 'C-DNK-03'})-[:ABOUT]->(h:Housing {id: 'HS-KAECHON-NEW-APTS'})
WHERE c.value = 30 AND c.qualifier = 'BELOW' AND c.unit = 'percent'
RETURN h.name AS housing, c.qualifier AS qualifier, c.value AS value, c.unit AS unit, c.credibility AS credibility;
