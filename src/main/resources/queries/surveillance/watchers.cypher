// Who watches each node in $ids: every SURVEILS edge into the node of label $label (a code constant: Person,
// Unit or Market) with that id; targetId says which. Per watcher: id, name and kind (a PROTECTED person by witness code only, in every column),
// the means, years (and any more precise dates), the edge's sources and credibility, and its reporting lines upwards. A unit's lines are its
// REPORTS_TO paths; a person's (an informant) start with the units the person is ASSIGNED_TO. A line runs until
// it can go no higher without visiting a unit twice (or 12 steps), so one that forks gives one line per branch.
// Each line is a list of hops: the link type, the unit reached, and that edge's sources and credibility.
// The watched node is found by a seek in its label's id index, one branch per label: Neo4j 5.26 cannot use an index
// for a dynamic label ($($label)) and would read every node of the graph for each id.
UNWIND $ids AS targetId
CALL (targetId) {
  MATCH (t:Person {id: targetId}) WHERE $label = 'Person' RETURN t
  UNION
  MATCH (t:Unit {id: targetId}) WHERE $label = 'Unit' RETURN t
  UNION
  MATCH (t:Market {id: targetId}) WHERE $label = 'Market' RETURN t
}
MATCH (w)-[s:SURVEILS]->(t)
CALL (w) {
  OPTIONAL MATCH line = (w)-[:ASSIGNED_TO|REPORTS_TO]->(:Unit)-[:REPORTS_TO]->{0,11}(top:Unit)
  WHERE all(i IN range(0, size(nodes(line)) - 2) WHERE NOT nodes(line)[i] IN nodes(line)[i + 1..])
    AND (length(line) = 12 OR NOT EXISTS { (top)-[:REPORTS_TO]->(higher) WHERE NOT higher IN nodes(line) })
  WITH line ORDER BY [n IN nodes(line) | n.id]
  RETURN [l IN collect(line) | [r IN relationships(l) | {
           link: type(r), unitId: endNode(r).id, unit: endNode(r).name, kind: endNode(r).kind,
           sources: r.sources, credibility: r.credibility}]] AS lines
}
RETURN targetId,
       CASE w.protection WHEN 'PROTECTED' THEN w.witnessCode ELSE w.id END AS watcherId,
       CASE w.protection WHEN 'PROTECTED' THEN w.witnessCode WHEN 'PSEUDONYM' THEN w.name + ' (pseudonym)' ELSE w.name END AS watcher,
       CASE WHEN w:Person THEN 'PERSON' ELSE w.kind END AS kind,
       s.means AS means,
       s.`from` AS `from`,
       s.`to` AS `to`,
       s.fromDate AS fromDate,
       s.toDate AS toDate,
       s.dateQualifier AS dateQualifier,
       s.sources AS sources,
       s.credibility AS credibility,
       lines
ORDER BY targetId, s.`from`, w.id
