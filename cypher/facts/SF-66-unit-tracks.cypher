// Fact: The unit is the job plus the assigned group (factory, housing block, surveillance circle) and tracks attendance, behaviour and loyalty.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the unit claim with the three things tracked
MATCH (c:Claim {id: 'C-FEAT-28'})-[:ABOUT]->(:Policy {id: 'PO-STATE-ASSIGNMENT'})
WHERE all(x IN ['attendance', 'behaviour', 'loyalty'] WHERE x IN c.items)
RETURN c.items AS tracked, c.statement AS claim;
