// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Relationships :MARRIED_TO from import/married_to.csv. MATCH both endpoints by id, MERGE the relationship on its id, then SET every column.
// Batches of 10000 rows run one after another: concurrent batches could lock the same two nodes in opposite
// order (a deadlock), and Neo4j 5.26 has no ON ERROR RETRY to replay such a batch.
LOAD CSV WITH HEADERS FROM 'file:///married_to.csv' AS row
CALL (row) {
  MATCH (a:Person {id: row.startId})
  MATCH (b:Person {id: row.endId})
  MERGE (a)-[r:MARRIED_TO {id: row.id}]->(b)
  SET r.`from` = toInteger(row.`from`),
      r.`to` = toInteger(row.`to`),
      r.fromDate = row.fromDate,
      r.toDate = row.toDate,
      r.dateQualifier = row.dateQualifier,
      r.credibility = toInteger(row.credibility),
      r.gradeNote = row.gradeNote,
      r.sources = split(row.sources, '|'),
      r.note = row.note
} IN TRANSACTIONS OF 10000 ROWS;
