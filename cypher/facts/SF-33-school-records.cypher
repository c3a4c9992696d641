// Fact: School-leavers surrender files that record conduct assessments, family background and political comments.
// Source: S-FEAT-JOBS (F)
// Expect: one row listing the three kinds of content in school records
MATCH (c:Claim {id: 'C-FEAT-04'})-[:ABOUT]->(p:Policy {id: 'PO-ASSIGNMENT-PROCESS'})
WHERE all(i IN ['behavioural evaluations', 'family history', 'political remarks'] WHERE i IN c.items)
RETURN p.name AS process, c.items AS recordContents;
