// Fact: An NKDB investigation found that as many as 72% of defectors had traded in markets before they fled.
// Source: S-NKDB-MARKETS (B), S-FEAT-JOBS (F)
// Expect: one row: the NKDB figure 72 percent (EXACT)
MATCH (c:Claim {id: 'C-NKDB-01'})-[:CITES]->(s:Source {id: 'S-NKDB-MARKETS'})<-[:CITES]-(:Source {id: 'S-FEAT-JOBS'})
WHERE c.value = 72 AND c.unit = 'percent' AND c.qualifier = 'EXACT'
RETURN s.publisher AS publisher, c.value AS percent, c.statement AS claim;
