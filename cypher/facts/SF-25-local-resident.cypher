// Fact: A local resident complained that people flee despite free housing while officials harp on ideology and study sessions.
// Source: S-DNK-KAECHON (B), S-DNK-INF-LOCAL (F)
// Expect: one row: the claim cited to the local resident's testimony, given by a PROTECTED person
MATCH (c:Claim {id: 'C-DNK-24'})-[:CITES]->(s:Source {id: 'S-DNK-INF-LOCAL'})<-[:GAVE]-(w:Person)
WHERE w.protection = 'PROTECTED'
RETURN c.statement AS claim, s.kind AS sourceKind, w.witnessCode AS witness;
