// Fact: Transferring to another job requires rare, tightly controlled permission - changing jobs means changing units, which few are allowed to do.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the MOVEMENT policy on transfers with both claims about it
MATCH (c:Claim {id: 'C-FEAT-16'})-[:ABOUT]->(p:Policy {id: 'PO-TRANSFER-PERMISSION'})<-[:ABOUT]-(u:Claim {id: 'C-FEAT-29'})
WHERE p.domain = 'MOVEMENT'
RETURN p.statement AS policy, c.statement AS permission, u.statement AS changeOfUnit;
