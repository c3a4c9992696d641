// Nodes per label. A node with two labels (Unit and Mine) counts under both. The chain-of-custody labels
// (LoadRun, LoadedFile) are not part of the knowledge graph: `history` shows them.
CALL db.labels() YIELD label
WITH label
WHERE NOT label IN ['LoadRun', 'LoadedFile']
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
