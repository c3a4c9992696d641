// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Relationships :ABOUT from import/about.csv. MATCH both endpoints by id, MERGE the relationship on its id, then SET every column.
// Batches of 10000 rows run one after another: concurrent batches could lock the same two nodes in opposite
// order (a deadlock), and Neo4j 5.26 has no ON ERROR RETRY to replay such a batch.
// Polymorphic type: startLabel/endLabel pick the endpoint label, so each branch uses the id constraint index.
LOAD CSV WITH HEADERS FROM 'file:///about.csv' AS row
CALL (row) {
  MATCH (a:Claim {id: row.startId})
  CALL (row) {
    MATCH (b:Person {id: row.endId}) WHERE row.endLabel = 'Person' RETURN b
    UNION
    MATCH (b:Family {id: row.endId}) WHERE row.endLabel = 'Family' RETURN b
    UNION
    MATCH (b:SongbunClass {id: row.endId}) WHERE row.endLabel = 'SongbunClass' RETURN b
    UNION
    MATCH (b:SongbunCategory {id: row.endId}) WHERE row.endLabel = 'SongbunCategory' RETURN b
    UNION
    MATCH (b:Unit {id: row.endId}) WHERE row.endLabel = 'Unit' RETURN b
    UNION
    MATCH (b:Market {id: row.endId}) WHERE row.endLabel = 'Market' RETURN b
    UNION
    MATCH (b:Place {id: row.endId}) WHERE row.endLabel = 'Place' RETURN b
    UNION
    MATCH (b:Source {id: row.endId}) WHERE row.endLabel = 'Source' RETURN b
    UNION
    MATCH (b:Claim {id: row.endId}) WHERE row.endLabel = 'Claim' RETURN b
    UNION
    MATCH (b:Policy {id: row.endId}) WHERE row.endLabel = 'Policy' RETURN b
    UNION
    MATCH (b:Event {id: row.endId}) WHERE row.endLabel = 'Event' RETURN b
    UNION
    MATCH (b:Slogan {id: row.endId}) WHERE row.endLabel = 'Slogan' RETURN b
    UNION
    MATCH (b:Housing {id: row.endId}) WHERE row.endLabel = 'Housing' RETURN b
  }
  MERGE (a)-[r:ABOUT {id: row.id}]->(b)
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
