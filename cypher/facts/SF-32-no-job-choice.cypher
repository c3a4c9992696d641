// Fact: In North Korea people do not choose jobs - after school or military service the state sends them to one.
// Source: S-FEAT-JOBS (F), S-COI-CRP1-2014 (B)
// Expect: one row: the EMPLOYMENT policy applying to all three classes
MATCH (p:Policy {id: 'PO-STATE-ASSIGNMENT'})-[:APPLIES_TO]->(k:SongbunClass)
WHERE p.domain = 'EMPLOYMENT'
WITH p, collect(k.id) AS classes
WHERE size(classes) = 3
RETURN p.statement AS policy, classes, p.credibility AS credibility;
