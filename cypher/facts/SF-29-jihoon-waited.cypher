// Fact: After finishing high school, Ji-Hoon* did not seek a job but waited for a government assignment.
// Source: S-FEAT-JOBS (F)
// Expect: one row: Ji-Hoon* (PSEUDONYM, not synthetic) who completed his high school
MATCH (p:Person {id: 'P-JIHOON'})-[s:STUDIED_AT]->(u:Unit {kind: 'SCHOOL'})
MATCH (c:Claim {id: 'C-FEAT-01'})-[:ABOUT]->(p)
WHERE p.protection = 'PSEUDONYM' AND p.synthetic = false AND s.completed = true
RETURN p.name AS person, u.name AS school, c.statement AS claim;
