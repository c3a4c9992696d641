// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Claim from import/claims.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///claims.csv' AS row
CALL (row) {
  MERGE (n:Claim {id: row.id})
  SET n.name = row.name,
      n.statement = row.statement,
      n.credibility = toInteger(row.credibility),
      n.value = toFloat(row.value),
      n.valueMax = toFloat(row.valueMax),
      n.unit = row.unit,
      n.qualifier = row.qualifier,
      n.asOf = row.asOf,
      n.dateQualifier = row.dateQualifier,
      n.items = split(row.items, '|'),
      n.contradicts = split(row.contradicts, '|'),
      n.knowledge = row.knowledge,
      n.gradeNote = row.gradeNote,
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;
