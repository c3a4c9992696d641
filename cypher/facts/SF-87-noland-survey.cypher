// Fact: Noland's survey (PIIE 2012) found classifications statistically indistinguishable from fathers', with some downward drift.
// Source: S-NOLAND-2012 (B)
// Expect: one row: the Noland claim cited to PIIE
MATCH (c:Claim {id: 'C-NOLAND-01'})-[:CITES]->(s:Source {id: 'S-NOLAND-2012'})
WHERE s.kind = 'ACADEMIC'
RETURN c.statement AS claim, s.publisher AS publisher;
