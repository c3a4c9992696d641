// Fact: The drive to push young people into hard postings on farms and in mines is promoted with the slogan 'the production front is the proving ground of patriotism'.
// Source: S-DNK-KAECHON (B)
// Expect: one row: the slogan node and the hardship-posting policy it accompanies
MATCH (c:Claim {id: 'C-DNK-10'})-[:ABOUT]->(s:Slogan)
MATCH (c)-[:ABOUT]->(p:Policy {id: 'PO-HARDSHIP-ASSIGNMENT'})
WHERE s.name = 'The production front is the proving ground of patriotism'
RETURN s.name AS slogan, p.statement AS policy;
