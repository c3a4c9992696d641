// Fact: Citing 'balanced regional development', the state is resettling large numbers of people in farm and upland regions.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the RESIDENCE policy named 'Balanced regional development'
MATCH (c:Claim {id: 'C-DNK-07'})-[:ABOUT]->(p:Policy {name: 'Balanced regional development'})
WHERE p.domain = 'RESIDENCE'
RETURN p.name AS policy, p.statement AS statement, c.credibility AS credibility;
