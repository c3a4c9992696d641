// Fact: A 2020 UN Human Rights Office report described labour conditions in North Korea as 'akin to slavery'.
// Source: S-OHCHR-2020 (B), S-FEAT-JOBS (F)
// Expect: one row: the 2020 UN_REPORT source, cited by the feature, and the claim
MATCH (f:Source {id: 'S-FEAT-JOBS'})-[:CITES]->(u:Source {kind: 'UN_REPORT'})<-[:CITES]-(c:Claim {id: 'C-OHCHR-01'})
WHERE u.published = '2020'
RETURN u.name AS report, u.published AS year, c.statement AS claim;
