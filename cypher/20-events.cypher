// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :Event from import/events.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
CALL (row) {
  MERGE (n:Event {id: row.id})
  SET n.name = row.name,
      n.kind = row.kind,
      n.fromYear = toInteger(row.fromYear),
      n.toYear = toInteger(row.toYear),
      n.fromDate = row.fromDate,
      n.toDate = row.toDate,
      n.dateQualifier = row.dateQualifier,
      n.count = toInteger(row.count),
      n.countQualifier = row.countQualifier,
      n.periodYears = toInteger(row.periodYears),
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;
