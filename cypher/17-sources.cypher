// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Source from import/sources.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
CALL (row) {
  MERGE (n:Source {id: row.id})
  SET n.name = row.name,
      n.title = row.title,
      n.author = row.author,
      n.publisher = row.publisher,
      n.url = row.url,
      n.published = row.published,
      n.kind = row.kind,
      n.language = row.language,
      n.reliability = row.reliability,
      n.reference = row.reference,
      n.knowledge = row.knowledge,
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;
