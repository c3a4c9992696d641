// Fact: Assignments are often made in groups to factories, mines and construction.
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the group-assignment policy with its three workplace kinds
MATCH (c:Claim {id: 'C-COI-GROUP'})-[:ABOUT]->(p:Policy {id: 'PO-GROUP-ASSIGNMENT'})
WHERE all(k IN ['FACTORY', 'MINE', 'CONSTRUCTION'] WHERE k IN c.items)
RETURN p.statement AS policy, c.items AS kinds;
