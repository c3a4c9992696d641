// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Person from import/persons.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///persons.csv' AS row
CALL (row) {
  MERGE (n:Person {id: row.id})
  SET n.name = row.name,
      n.nameKo = row.nameKo,
      n.sex = row.sex,
      n.birthYear = toInteger(row.birthYear),
      n.deathYear = toInteger(row.deathYear),
      n.birthDecade = toInteger(row.birthDecade),
      n.protection = row.protection,
      n.witnessCode = row.witnessCode,
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;

// Protected people also carry the label Protected, so Neo4j Browser's stylesheet (which styles by label only)
// can caption them by witnessCode instead of name. Kept in step with the protection column on every load, in
// statements of their own so that Neo4j's bulk importer (`load --bulk`) gives the same labels.
MATCH (n:Person) WHERE n.protection = 'PROTECTED'
CALL (n) {
  SET n:Protected
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (n:Protected) WHERE NOT n:Person OR n.protection IS NULL OR n.protection <> 'PROTECTED'
CALL (n) {
  REMOVE n:Protected
} IN TRANSACTIONS OF 10000 ROWS;
