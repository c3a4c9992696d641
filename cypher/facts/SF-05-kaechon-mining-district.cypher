// Fact: The major mines near Kaechon lie in a mining district of South Pyongan province.
// Source: S-DNK-KAECHON (B)
// Expect: one row: the Kaechon mines (label Mine), their district, the city and the province
MATCH (m:Unit:Mine {id: 'U-KAECHON-MINES'})-[:LOCATED_IN]->(d:Place {id: 'PL-KAECHON-MINING-DISTRICT'})-[:LOCATED_IN]->(p:Place {kind: 'PROVINCE'})
MATCH (k:Place {id: 'PL-KAECHON'})-[:LOCATED_IN]->(p)
WHERE m.kind = 'MINE' AND p.nameKo = '평안남도' AND 'S-DNK-KAECHON' IN m.sources
RETURN m.name AS mines, d.name AS district, k.name AS city, p.name AS province;
