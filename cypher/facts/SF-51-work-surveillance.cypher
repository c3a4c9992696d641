// Fact: Workers are often under surveillance.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the surveillance claim
MATCH (c:Claim {id: 'C-FEAT-18'})-[:CITES]->(:Source {id: 'S-FEAT-JOBS'})
RETURN c.statement AS claim, c.credibility AS credibility;
