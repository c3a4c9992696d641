// Fact: Market goods include vegetables, second-hand clothing, smuggled electronics and home-made liquor - trading is illegal but lucrative.
// Source: S-FEAT-JOBS (F)
// Expect: one row listing the four kinds of goods
MATCH (c:Claim {id: 'C-FEAT-24'})-[:ABOUT]->(m:Market {id: 'MK-JANGMADANG'})
WHERE all(x IN ['vegetables', 'used clothes', 'smuggled electronics', 'homebrewed alcohol'] WHERE x IN c.items)
RETURN m.name AS market, c.items AS goods;
