// Fact: The jangmadang (장마당), North Korea's informal markets, now underpin the country's economy.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the jangmadang market node with its Korean name
MATCH (c:Claim {id: 'C-FEAT-23'})-[:ABOUT]->(m:Market {id: 'MK-JANGMADANG'})
WHERE m.nameKo = '장마당'
RETURN m.name AS market, m.nameKo AS nameKo, c.statement AS claim;
