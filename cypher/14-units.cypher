// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Unit from import/units.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///units.csv' AS row
CALL (row) {
  MERGE (n:Unit {id: row.id})
  SET n.name = row.name,
      n.nameKo = row.nameKo,
      n.kind = row.kind,
      n.collective = toBoolean(row.collective),
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;

// Mines also carry the label Mine, kept in step with the kind column on every load, in statements of their own
// so that Neo4j's bulk importer (`load --bulk`) gives the same labels.
MATCH (n:Unit) WHERE n.kind = 'MINE'
CALL (n) {
  SET n:Mine
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (n:Mine) WHERE NOT n:Unit OR n.kind IS NULL OR n.kind <> 'MINE'
CALL (n) {
  REMOVE n:Mine
} IN TRANSACTIONS OF 10000 ROWS;
