// Relationships per type, without the chain of custody's READ_FILE (shown by `history`). Each type of the model
// is counted by its own static pattern, answered from the count store (RelationshipCountFromCountStore); only a
// type the model does not know is counted through a dynamic type, which scans. Types with none are left out.
CALL () {
  MATCH ()-[:ABOUT]->() WITH count(*) AS count RETURN 'ABOUT' AS type, count
  UNION ALL
  MATCH ()-[:APPLIES_TO]->() WITH count(*) AS count RETURN 'APPLIES_TO' AS type, count
  UNION ALL
  MATCH ()-[:ASSIGNED_TO]->() WITH count(*) AS count RETURN 'ASSIGNED_TO' AS type, count
  UNION ALL
  MATCH ()-[:CHILD_OF]->() WITH count(*) AS count RETURN 'CHILD_OF' AS type, count
  UNION ALL
  MATCH ()-[:CITES]->() WITH count(*) AS count RETURN 'CITES' AS type, count
  UNION ALL
  MATCH ()-[:CLASSIFIED_AS]->() WITH count(*) AS count RETURN 'CLASSIFIED_AS' AS type, count
  UNION ALL
  MATCH ()-[:DENIED]->() WITH count(*) AS count RETURN 'DENIED' AS type, count
  UNION ALL
  MATCH ()-[:DETAINED_IN]->() WITH count(*) AS count RETURN 'DETAINED_IN' AS type, count
  UNION ALL
  MATCH ()-[:GAVE]->() WITH count(*) AS count RETURN 'GAVE' AS type, count
  UNION ALL
  MATCH ()-[:HELD_AT]->() WITH count(*) AS count RETURN 'HELD_AT' AS type, count
  UNION ALL
  MATCH ()-[:IN_CLASS]->() WITH count(*) AS count RETURN 'IN_CLASS' AS type, count
  UNION ALL
  MATCH ()-[:LIVES_IN]->() WITH count(*) AS count RETURN 'LIVES_IN' AS type, count
  UNION ALL
  MATCH ()-[:LOCATED_IN]->() WITH count(*) AS count RETURN 'LOCATED_IN' AS type, count
  UNION ALL
  MATCH ()-[:MARRIED_TO]->() WITH count(*) AS count RETURN 'MARRIED_TO' AS type, count
  UNION ALL
  MATCH ()-[:MEMBER_OF]->() WITH count(*) AS count RETURN 'MEMBER_OF' AS type, count
  UNION ALL
  MATCH ()-[:RAIDED]->() WITH count(*) AS count RETURN 'RAIDED' AS type, count
  UNION ALL
  MATCH ()-[:REPORTS_TO]->() WITH count(*) AS count RETURN 'REPORTS_TO' AS type, count
  UNION ALL
  MATCH ()-[:SERVED_IN]->() WITH count(*) AS count RETURN 'SERVED_IN' AS type, count
  UNION ALL
  MATCH ()-[:STUDIED_AT]->() WITH count(*) AS count RETURN 'STUDIED_AT' AS type, count
  UNION ALL
  MATCH ()-[:SURVEILS]->() WITH count(*) AS count RETURN 'SURVEILS' AS type, count
  UNION ALL
  MATCH ()-[:TRADES_AT]->() WITH count(*) AS count RETURN 'TRADES_AT' AS type, count
  UNION ALL
  CALL db.relationshipTypes() YIELD relationshipType AS type
  WITH type WHERE NOT type IN ['ABOUT', 'APPLIES_TO', 'ASSIGNED_TO', 'CHILD_OF', 'CITES', 'CLASSIFIED_AS', 'DENIED', 'DETAINED_IN', 'GAVE', 'HELD_AT', 'IN_CLASS', 'LIVES_IN', 'LOCATED_IN', 'MARRIED_TO', 'MEMBER_OF', 'RAIDED', 'REPORTS_TO', 'SERVED_IN', 'STUDIED_AT', 'SURVEILS', 'TRADES_AT', 'READ_FILE']
  CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(*) AS count }
  RETURN type, count
}
WITH type, count WHERE count > 0
RETURN type, count
ORDER BY type
