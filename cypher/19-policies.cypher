// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Policy from import/policies.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///policies.csv' AS row
CALL (row) {
  MERGE (n:Policy {id: row.id})
  SET n.name = row.name,
      n.domain = row.domain,
      n.statement = row.statement,
      n.credibility = toInteger(row.credibility),
      n.gradeNote = row.gradeNote,
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;
