// Fact: Once placed, a worker can hardly quit and must report daily, in some cases for decades.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the no-exit claim
MATCH (c:Claim {id: 'C-FEAT-15'})-[:ABOUT]->(p:Policy {id: 'PO-STATE-ASSIGNMENT'})
RETURN c.statement AS claim;
