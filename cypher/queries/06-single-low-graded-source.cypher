// Question: Which claims rest on a single source graded low (reliability in $grades), leaving out synthetic ones?
// Param grades: ['D', 'E', 'F']
// Expect rows: 24
// Expect row: {claim: 'C-FEAT-22', source: 'S-FEAT-JOBS', reliability: 'F', credibility: 3}

MATCH (c:Claim)-[:CITES]->(s:Source)
WHERE size(c.sources) = 1 AND c.sources[0] = s.id AND s.reliability IN $grades AND NOT c.synthetic
RETURN c, s,
       c.id AS claim, c.credibility AS credibility, s.id AS source, s.reliability AS reliability, c.statement AS statement
ORDER BY source, claim
