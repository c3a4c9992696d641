// Fact: Mine workers are offered an incentive package: housing, matchmaking and material assistance.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row listing the three incentive policies (RESIDENCE, MARRIAGE, FOOD) that apply to the Kaechon mines
MATCH (p:Policy)-[:APPLIES_TO]->(m:Mine {id: 'U-KAECHON-MINES'})
WHERE p.id IN ['PO-MINE-HOUSING', 'PO-MINE-MATCHMAKING', 'PO-MINE-ASSISTANCE']
WITH m, collect(p.domain) AS domains, collect(p.name) AS incentives
MATCH (c:Claim {id: 'C-DNK-02'})-[:ABOUT]->(m)
WHERE size(domains) = 3 AND all(d IN ['RESIDENCE', 'MARRIAGE', 'FOOD'] WHERE d IN domains)
RETURN m.name AS mine, incentives, c.items AS package;
