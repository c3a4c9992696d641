// Fact: A defector, speaking to the BBC in 2017, said nobody is asked what work they would like: the state says where it needs you.
// Source: S-BBC-2017-DEFECTOR (C), S-FEAT-JOBS (F)
// Expect: one row: the BBC testimony source (2017) cited by the feature and by the claim
MATCH (f:Source {id: 'S-FEAT-JOBS'})-[:CITES]->(b:Source {publisher: 'BBC'})<-[:CITES]-(c:Claim {id: 'C-BBC-01'})
MATCH (w:Person)-[:GAVE]->(b)
WHERE b.published = '2017' AND b.kind = 'TESTIMONY'
RETURN b.name AS source, b.published AS year, w.witnessCode AS witness, c.statement AS claim;
