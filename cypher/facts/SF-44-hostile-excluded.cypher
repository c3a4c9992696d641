// Fact: Hostile-class families' children may never work in foreign trade, science or government.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the policy applying to the HOSTILE class with the three excluded fields
MATCH (c:Claim {id: 'C-FEAT-13'})-[:ABOUT]->(p:Policy)-[:APPLIES_TO]->(k:SongbunClass {id: 'HOSTILE'})
WHERE all(f IN ['foreign trade', 'science', 'government'] WHERE f IN c.items)
RETURN p.statement AS policy, c.items AS excludedFields;
