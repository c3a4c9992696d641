// Fact: State inspectors at times raid markets, detain traders and send young adults back to their assigned jobs.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the RAIDED relationship from the inspectors to the jangmadang, and the claim
MATCH (i:Unit {id: 'U-GEN-MARKET-INSPECTORS'})-[r:RAIDED]->(m:Market {id: 'MK-JANGMADANG'})
MATCH (c:Claim {id: 'C-FEAT-25'})-[:ABOUT]->(m)
WHERE 'forced return to assigned workplace' IN c.items
RETURN i.name AS raiders, m.name AS market, c.items AS measures, r.credibility AS credibility;
