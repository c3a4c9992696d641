// Fact: Bribes get some of those caught off the hook, but not everyone.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the bribery claim
MATCH (c:Claim {id: 'C-FEAT-26'})-[:ABOUT]->(u:Unit {id: 'U-GEN-MARKET-INSPECTORS'})
RETURN c.statement AS claim, u.name AS inspectors;
