// Fact: A growing number, especially the young, avoid assigned jobs to trade in the jangmadang despite the risk of punishment.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the claim linking the jangmadang and state assignment
MATCH (c:Claim {id: 'C-FEAT-22'})-[:ABOUT]->(m:Market {id: 'MK-JANGMADANG'})
MATCH (c)-[:ABOUT]->(:Policy {id: 'PO-STATE-ASSIGNMENT'})
RETURN m.name AS market, c.statement AS claim;
