// Fact: The graduates' files are examined by their teachers and by local Party officials.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the review claim about schools/teachers and local Party officials
MATCH (c:Claim {id: 'C-FEAT-05'})-[:ABOUT]->(s:Unit {kind: 'SCHOOL'})
MATCH (c)-[:ABOUT]->(pc:Unit {kind: 'PARTY_COMMITTEE'})
RETURN s.name AS reviewers1, pc.name AS reviewers2, c.statement AS claim;
