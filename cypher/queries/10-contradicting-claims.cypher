// Question: Which claims about one subject contradict each other, and how is each graded?
// Param subject: 'CORE'
// Expect rows: 4
// Expect row: {claim: 'C-NKREF-BASIC', contradicts: ['C-AW88-CORE'], source: 'S-NK-REFBOOK', reliability: 'C'}

MATCH (c:Claim)-[:ABOUT]->(n {id: $subject})
MATCH (c)-[:CITES]->(s:Source)
WHERE c.contradicts IS NOT NULL
RETURN c, s,
       c.id AS claim, c.contradicts AS contradicts, c.credibility AS credibility, s.id AS source, s.reliability AS reliability
ORDER BY claim, source
