// Fact: An unnamed foreign observer remarked that a person's unit governs most of their life.
// Source: S-FOREIGN-OBSERVER (F), S-FEAT-JOBS (F)
// Expect: one row: the observer source (cited by the feature, given by a protected person) and the claim
MATCH (f:Source {id: 'S-FEAT-JOBS'})-[:CITES]->(o:Source {id: 'S-FOREIGN-OBSERVER'})<-[:CITES]-(c:Claim {id: 'C-OBS-01'})
MATCH (w:Person)-[:GAVE]->(o)
RETURN o.name AS source, w.witnessCode AS witness, c.statement AS claim;
