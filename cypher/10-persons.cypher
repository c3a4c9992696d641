// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Person from import/persons.csv. MERGE on id, then SET every column (an empty cell removes the property).
LOAD CSV WITH HEADERS FROM 'file:///persons.csv' AS row
CALL (row) {
  MERGE (n:Person {id: row.id})
  SET n.name = row.name,
      n.nameKo = row.nameKo,
      n.sex = row.sex,
      n.birthYear = toInteger(row.birthYear),
      n.deathYear = toInteger(row.deathYear),
      n.protection = row.protection,
      n.witnessCode = row.witnessCode,
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN TRANSACTIONS OF 1000 ROWS;
