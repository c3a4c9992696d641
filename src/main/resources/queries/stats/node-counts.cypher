// Nodes per label. A node with two labels (Unit and Mine) counts under both. The chain-of-custody labels
// (LoadRun, LoadedFile) and the audit trail (AuditRecord) are not part of the knowledge graph: `history` and
// `audit` show them.
CALL db.labels() YIELD label
WITH label
WHERE NOT label IN ['LoadRun', 'LoadedFile', 'AuditRecord']
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
