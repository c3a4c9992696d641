// Fact: Cabinet Decree No. 149 restricted where the hostile class may live.
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the RESIDENCE policy Cabinet Decree No. 149 applying to HOSTILE
MATCH (p:Policy {name: 'Cabinet Decree No. 149'})-[:APPLIES_TO]->(k:SongbunClass {id: 'HOSTILE'})
WHERE p.domain = 'RESIDENCE'
RETURN p.name AS decree, p.statement AS statement;
