// Fact: Trying to leave a job without approval is dangerous.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the danger claim
MATCH (c:Claim {id: 'C-FEAT-17'})-[:ABOUT]->(:Policy {id: 'PO-TRANSFER-PERMISSION'})
RETURN c.statement AS claim;
