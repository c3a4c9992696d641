// Fact: A grandfather who defected to the South means bad songbun that follows a person for life.
// Source: S-FEAT-JOBS (F), S-JAWIKI-2006 (D)
// Expect: one row: the feature's claim and the asia-watch list's placement of such families, both kept
MATCH (c:Claim {id: 'C-FEAT-12'})-[:ABOUT]->(cat:SongbunCategory)<-[:ABOUT]-(aw:Claim {id: 'C-AW88-SOUTH'})
MATCH (cat)-[:IN_CLASS]->(k:SongbunClass)
RETURN c.statement AS feature, aw.statement AS list, collect(cat.name) AS categories, k.id AS listClass;
