// Nodes per label. A node with two labels (Unit and Mine) counts under both. The chain-of-custody labels
// (LoadRun, LoadedFile) and the audit trail (AuditRecord) are not part of the knowledge graph: `history` and
// `audit` show them. Each label of the model is counted by its own static pattern, which Neo4j answers from its
// count store in constant time (NodeCountFromCountStore); only a label the model does not know, added by hand,
// is counted through a dynamic label, which scans. Labels with no node are left out.
CALL () {
  MATCH (:Claim) WITH count(*) AS count RETURN 'Claim' AS label, count
  UNION ALL
  MATCH (:Event) WITH count(*) AS count RETURN 'Event' AS label, count
  UNION ALL
  MATCH (:Family) WITH count(*) AS count RETURN 'Family' AS label, count
  UNION ALL
  MATCH (:Housing) WITH count(*) AS count RETURN 'Housing' AS label, count
  UNION ALL
  MATCH (:Market) WITH count(*) AS count RETURN 'Market' AS label, count
  UNION ALL
  MATCH (:Mine) WITH count(*) AS count RETURN 'Mine' AS label, count
  UNION ALL
  MATCH (:Person) WITH count(*) AS count RETURN 'Person' AS label, count
  UNION ALL
  MATCH (:Place) WITH count(*) AS count RETURN 'Place' AS label, count
  UNION ALL
  MATCH (:Policy) WITH count(*) AS count RETURN 'Policy' AS label, count
  UNION ALL
  MATCH (:Protected) WITH count(*) AS count RETURN 'Protected' AS label, count
  UNION ALL
  MATCH (:Slogan) WITH count(*) AS count RETURN 'Slogan' AS label, count
  UNION ALL
  MATCH (:SongbunCategory) WITH count(*) AS count RETURN 'SongbunCategory' AS label, count
  UNION ALL
  MATCH (:SongbunClass) WITH count(*) AS count RETURN 'SongbunClass' AS label, count
  UNION ALL
  MATCH (:Source) WITH count(*) AS count RETURN 'Source' AS label, count
  UNION ALL
  MATCH (:Unit) WITH count(*) AS count RETURN 'Unit' AS label, count
  UNION ALL
  CALL db.labels() YIELD label
  WITH label WHERE NOT label IN ['Claim', 'Event', 'Family', 'Housing', 'Market', 'Mine', 'Person', 'Place', 'Policy', 'Protected', 'Slogan', 'SongbunCategory', 'SongbunClass', 'Source', 'Unit', 'LoadRun', 'LoadedFile', 'AuditRecord']
  CALL (label) { MATCH (n:$(label)) RETURN count(*) AS count }
  RETURN label, count
}
WITH label, count WHERE count > 0
RETURN label, count
ORDER BY label
