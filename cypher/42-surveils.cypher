// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Relationships :SURVEILS from import/surveils.csv. MATCH both endpoints by id, MERGE the relationship on its id, then SET every column.
// Batches of 10000 rows run one after another: concurrent batches could lock the same two nodes in opposite
// order (a deadlock), and Neo4j 5.26 has no ON ERROR RETRY to replay such a batch.
// Polymorphic type: startLabel/endLabel pick the endpoint label, so each branch uses the id constraint index.
LOAD CSV WITH HEADERS FROM 'file:///surveils.csv' AS row
CALL (row) {
  CALL (row) {
    MATCH (a:Unit {id: row.startId}) WHERE row.startLabel = 'Unit' RETURN a
    UNION
    MATCH (a:Person {id: row.startId}) WHERE row.startLabel = 'Person' RETURN a
  }
  CALL (row) {
    MATCH (b:Person {id: row.endId}) WHERE row.endLabel = 'Person' RETURN b
    UNION
    MATCH (b:Unit {id: row.endId}) WHERE row.endLabel = 'Unit' RETURN b
    UNION
    MATCH (b:Market {id: row.endId}) WHERE row.endLabel = 'Market' RETURN b
  }
  MERGE (a)-[r:SURVEILS {id: row.id}]->(b)
  SET r.`from` = toInteger(row.`from`),
      r.`to` = toInteger(row.`to`),
      r.fromDate = row.fromDate,
      r.toDate = row.toDate,
      r.dateQualifier = row.dateQualifier,
      r.credibility = toInteger(row.credibility),
      r.gradeNote = row.gradeNote,
      r.means = row.means,
      r.sources = split(row.sources, '|'),
      r.note = row.note
} IN TRANSACTIONS OF 10000 ROWS;
