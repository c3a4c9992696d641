// Fact: New apartment buildings of three to eight storeys are being built in a mining district near Kaechon, South Pyongan.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the 3-8 storey housing, its district and province
MATCH (h:Housing {id: 'HS-KAECHON-NEW-APTS'})-[:LOCATED_IN]->(d:Place {kind: 'DISTRICT'})-[:LOCATED_IN]->(p:Place {id: 'PL-SOUTH-PYONGAN'})
MATCH (c:Claim {id: 'C-DNK-04'})-[:ABOUT]->(:Place {id: 'PL-KAECHON'})
WHERE h.storeysMin = 3 AND h.storeysMax = 8
RETURN h.name AS housing, h.storeysMin AS minStoreys, h.storeysMax AS maxStoreys, d.name AS district, p.name AS province;
