// Fact: Ji-Hoon* had no say and no room to negotiate his assignment.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the no-choice claim about Ji-Hoon*
MATCH (c:Claim {id: 'C-FEAT-03'})-[:ABOUT]->(p:Person {name: 'Ji-Hoon*'})
RETURN p.name AS person, c.statement AS claim;
