// Fact: Few young people accept the incentives - hardly any want to settle at these difficult postings.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the claim on low take-up
MATCH (c:Claim {id: 'C-DNK-09'})-[:ABOUT]->(p:Policy {id: 'PO-MINE-RECRUITMENT'})
RETURN c.statement AS claim, p.name AS policy, c.credibility AS credibility;
