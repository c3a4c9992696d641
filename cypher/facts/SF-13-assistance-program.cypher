// Fact: In parts of South Pyongan, demobilised soldiers and young couples posted to the mines are supplied with food and household goods under an 'assistance program'.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the FOOD policy named 'Assistance program' and South Pyongan
MATCH (c:Claim {id: 'C-DNK-12'})-[:ABOUT]->(p:Policy {name: 'Assistance program'})
MATCH (c)-[:ABOUT]->(pl:Place {id: 'PL-SOUTH-PYONGAN'})
WHERE p.domain = 'FOOD' AND 'food' IN c.items
RETURN p.name AS program, pl.name AS province, c.items AS goods;
