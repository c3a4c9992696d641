// Raids on one market ($id): one row per RAIDED edge with the raiding unit, years, the edge's note, sources and
// credibility. Ordered by first year (unknown last), then unit id.
MATCH (u:Unit)-[r:RAIDED]->(:Market {id: $id})
RETURN u.id AS unitId,
       u.name AS unit,
       u.kind AS kind,
       r.`from` AS `from`,
       r.`to` AS `to`,
       r.note AS note,
       r.sources AS sources,
       r.credibility AS credibility
ORDER BY r.`from`, u.id, r.id
