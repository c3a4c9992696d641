// Fact: No source found states a rule for marriage - marriage effects are modelled only as sourced claims.
// Source: S-COI-63-2014 (B), S-COLLINS-2012 (B)
// Expect: one row: the no-rule claim and the marriage policy it qualifies
MATCH (c:Claim {id: 'C-MARRIAGE-NO-RULE'})-[:ABOUT]->(p:Policy {domain: 'MARRIAGE'})
RETURN c.statement AS claim, p.name AS policy;
