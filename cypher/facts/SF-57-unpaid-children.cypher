// Fact: Pupils get no pay for farm work, and whatever it earns tends to go to the school.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the unpaid-work claim
MATCH (c:Claim {id: 'C-FEAT-21'})-[:ABOUT]->(p:Policy {id: 'PO-SCHOOL-FARM-LABOUR'})
RETURN c.statement AS claim, p.name AS policy;
