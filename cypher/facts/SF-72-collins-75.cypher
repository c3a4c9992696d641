// Fact: The Collins study rests on 75 defector interviews.
// Source: S-COLLINS-2012 (B)
// Expect: one row: the figure 75 about the Collins source
MATCH (c:Claim {id: 'C-COLLINS-INTERVIEWS'})-[:ABOUT]->(s:Source {id: 'S-COLLINS-2012'})
WHERE c.value = 75 AND c.unit = 'interviews'
RETURN s.title AS study, c.value AS interviews;
