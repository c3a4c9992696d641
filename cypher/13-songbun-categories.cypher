// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :SongbunCategory from import/songbun_categories.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///songbun_categories.csv' AS row
CALL (row) {
  MERGE (n:SongbunCategory {id: row.id})
  SET n.name = row.name,
      n.nameKo = row.nameKo,
      n.taxonomy = row.taxonomy,
      n.ordinal = toInteger(row.ordinal),
      n.sourceItem = row.sourceItem,
      n.uncertain = toBoolean(row.uncertain),
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;
