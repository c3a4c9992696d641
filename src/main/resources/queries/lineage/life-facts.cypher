// What happened to each person in fact: assignments, military service, schooling or its denial, residence,
// detention and market trade, each with its target, the target's place, dates (years, any more precise ends
// and how to read them) and evidence.
UNWIND $ids AS personId
MATCH (p:Person {id: personId})-[r:ASSIGNED_TO|SERVED_IN|STUDIED_AT|DENIED|LIVES_IN|DETAINED_IN|TRADES_AT]->(target)
OPTIONAL MATCH (assigner:Unit {id: r.assignedBy})
RETURN p.id AS personId, type(r) AS type, target.id AS targetId, target.name AS target, target.kind AS targetKind,
       COLLECT { MATCH (target)-[:LOCATED_IN]->(place:Place) RETURN place.name ORDER BY place.id } AS places,
       r.`from` AS from, r.`to` AS to, r.fromDate AS fromDate, r.toDate AS toDate, r.dateQualifier AS dateQualifier,
       r.status AS status, r.role AS role, r.what AS what, r.reason AS reason,
       r.completed AS completed, r.goods AS goods, r.documents AS documents,
       assigner.id AS assignedById, assigner.name AS assignedBy,
       r.sources AS sources, r.credibility AS credibility
// A partial date sorts after its own year and before the next: 1966 < 1966-05 < 1966-05-10 < 1967.
ORDER BY personId, coalesce(r.fromDate, toString(r.`from`), '9999'), type, targetId
