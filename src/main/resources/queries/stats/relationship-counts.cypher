// Relationships per type, without the chain of custody's READ_FILE (shown by `history`).
CALL db.relationshipTypes() YIELD relationshipType AS type
WITH type
WHERE type <> 'READ_FILE'
CALL (type) {
  MATCH ()-[r:$(type)]->()
  RETURN count(r) AS count
}
RETURN type, count
ORDER BY type
