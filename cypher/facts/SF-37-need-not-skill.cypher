// Fact: Skill and interest matter little - assignments follow the country's needs.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the state-need claim
MATCH (c:Claim {id: 'C-FEAT-08'})-[:ABOUT]->(p:Policy {id: 'PO-STATE-ASSIGNMENT'})
RETURN c.statement AS claim, p.name AS policy;
