// Question: Where does one person's songbun come from: the paternal line up to the nearest ancestor with a
// documented classification, and that ancestor's category, class and basis?
// Param person: 'P-SYN-PAK-08'
// Expect rows: 1
// Expect row: {person: 'P-SYN-PAK-08', generations: 3, ancestor: 'P-SYN-PAK-01', basis: 'OWN_ACT', category: 'CAT-AW88-H14', class: 'HOSTILE'}

MATCH line = (p:Person {id: $person})-[:CHILD_OF {line: 'PATERNAL'}]->*(a:Person)-[c:CLASSIFIED_AS]->(cat:SongbunCategory)-[:IN_CLASS]->(k:SongbunClass)
WITH p, line, a, c, cat, k ORDER BY length(line) LIMIT 1
RETURN line,
       p.id AS person, length(line) - 2 AS generations,
       CASE a.protection WHEN 'PROTECTED' THEN a.witnessCode ELSE a.id END AS ancestor,
       c.basis AS basis, c.act AS act, cat.id AS category, k.id AS class, c.sources AS sources, c.credibility AS credibility
