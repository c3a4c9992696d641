// Fact: The hostile class is sent to mines and farms in the north-east (VOA, 6 June 2012).
// Source: S-COLLINS-2012 (B), S-VOA-2012-06-06 (B)
// Expect: one row: the policy applying to HOSTILE, reported by VOA on 2012-06-06
MATCH (c:Claim {id: 'C-VOA-01'})-[:ABOUT]->(p:Policy)-[:APPLIES_TO]->(:SongbunClass {id: 'HOSTILE'})
MATCH (c)-[:CITES]->(v:Source {id: 'S-VOA-2012-06-06'})
WHERE v.published = '2012-06-06'
RETURN p.statement AS policy, v.published AS reported;
