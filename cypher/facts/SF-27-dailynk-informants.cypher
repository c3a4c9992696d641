// Fact: The Daily NK report rests on an unnamed source in South Pyongan and one quoted local resident, both protected.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F), S-DNK-INF-LOCAL (F)
// Expect: two rows: the two protected testimony givers whose testimony the Daily NK report cites
MATCH (d:Source {id: 'S-DNK-KAECHON'})-[:CITES]->(t:Source {kind: 'TESTIMONY'})<-[:GAVE]-(w:Person)
WHERE w.protection = 'PROTECTED' AND w.witnessCode IS NOT NULL AND w.synthetic = false
RETURN w.witnessCode AS witness, t.name AS testimony;
