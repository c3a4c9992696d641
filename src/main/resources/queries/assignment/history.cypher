// The assignment history (ASSIGNED_TO) of one person ($personId) or at one unit ($unitId); the other one is null.
// One row per assignment: the person (a PROTECTED person by witness code only, even in the id column, since the id
// names the family), the unit, its kind and places (LOCATED_IN), years, status, role, the assigning unit, and the
// edge's sources and credibility. Ordered by first year (unknown years last), then person id.
MATCH (p:Person)-[a:ASSIGNED_TO]->(u:Unit)
WHERE p.id = $personId OR u.id = $unitId
OPTIONAL MATCH (by:Unit {id: a.assignedBy})
RETURN CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode ELSE p.id END AS personId,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END AS person,
       u.id AS unitId,
       u.name AS unit,
       u.kind AS kind,
       COLLECT { MATCH (u)-[:LOCATED_IN]->(pl:Place) RETURN pl.name ORDER BY pl.name } AS places,
       a.`from` AS `from`,
       a.`to` AS `to`,
       a.status AS status,
       a.role AS role,
       a.assignedBy AS assignedById,
       by.name AS assignedBy,
       a.sources AS sources,
       a.credibility AS credibility
ORDER BY a.`from`, p.id, u.id, a.id
