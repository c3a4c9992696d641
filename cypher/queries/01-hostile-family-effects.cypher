// Question: What did a hostile songbun do to a family: every denial and detention of the founder's descendants in
// the paternal line, with the act that made the founder hostile?
// Param family: 'F-SYN-PAK'
// Expect rows: 5
// Expect row: {person: 'P-SYN-PAK-08', effect: 'DETAINED_IN', unit: 'U-SYN-LTC', from: 2024}
// Expect row: {person: 'P-SYN-PAK-03', effect: 'DENIED', unit: 'U-SYN-KC-COLLEGE', from: 1966}

MATCH (founder:Person)-[:MEMBER_OF]->(:Family {id: $family})
MATCH (founder)-[c:CLASSIFIED_AS {basis: 'OWN_ACT'}]->(:SongbunCategory)-[:IN_CLASS]->(:SongbunClass {id: 'HOSTILE'})
MATCH line = (p:Person)-[:CHILD_OF {line: 'PATERNAL'}]->+(founder)
MATCH (p)-[e:DENIED|DETAINED_IN]->(u:Unit)
RETURN line, e, u,
       p.id AS person, type(e) AS effect, u.id AS unit, e.`from` AS `from`, c.act AS ancestorAct, e.sources AS sources
ORDER BY `from`, person, unit
