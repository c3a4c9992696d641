// Fact: A defector told RFA that pupils worked on farms every weekend and absentees' parents were called in and the child publicly punished.
// Source: S-RFA-DEFECTOR (C), S-FEAT-JOBS (F)
// Expect: one row: the RFA testimony source cited by the feature and the weekend-work claim
MATCH (f:Source {id: 'S-FEAT-JOBS'})-[:CITES]->(r:Source {publisher: 'Radio Free Asia'})<-[:CITES]-(c:Claim {id: 'C-RFA-01'})
MATCH (c)-[:ABOUT]->(:Policy {id: 'PO-SCHOOL-FARM-LABOUR'})
RETURN r.name AS source, c.statement AS claim;
