// Question: Who was assigned to the mines of the Kaechon mining district, and who left without permission?
// Param place: 'PL-KAECHON-MINING-DISTRICT'
// Expect rows: 14
// Expect row: {person: 'P-SYN-PAK-08', mine: 'U-SYN-MINE-7', from: 2023, to: 2024, status: 'LEFT_WITHOUT_PERMISSION', left: true}
// Expect row: {person: 'P-SYN-HAN-02', mine: 'U-SYN-MINE-7', from: 2023, status: 'ACTIVE', left: false}

MATCH (m:Mine)-[:LOCATED_IN]->(:Place {id: $place})
MATCH (p:Person)-[a:ASSIGNED_TO]->(m)
RETURN p, a, m,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode ELSE p.id END AS person,
       m.id AS mine, a.`from` AS `from`, a.`to` AS `to`, a.status AS status,
       a.status = 'LEFT_WITHOUT_PERMISSION' AS left, a.sources AS sources, a.credibility AS credibility
ORDER BY `from`, person
