// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Unit from import/units.csv. MERGE on id, then SET every column (an empty cell removes the property).
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
  WITH n, row
  CALL (n, row) {
    WITH n WHERE row.kind = 'MINE'
    SET n:Mine
  }
  CALL (n, row) {
    WITH n WHERE row.kind <> 'MINE'
    REMOVE n:Mine
  }
} IN TRANSACTIONS OF 1000 ROWS;
