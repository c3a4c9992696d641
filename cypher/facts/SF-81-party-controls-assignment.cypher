// Fact: The Party controls all job assignments (COI).
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the EMPLOYMENT policy on Party control
MATCH (p:Policy {id: 'PO-PARTY-CONTROLS-ASSIGNMENT'})-[:APPLIES_TO]->(:SongbunClass)
WHERE p.domain = 'EMPLOYMENT'
RETURN DISTINCT p.statement AS policy, p.sources AS sources;
