// songbun-graph load script. Runs in file-name order after 00-constraints.cypher.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Nodes :SongbunClass from import/songbun_classes.csv. MERGE on id, then SET every column (an empty cell removes the property).
// Batches of 10000 rows run concurrently: each row MERGEs its own id, so no two batches lock the same node.
LOAD CSV WITH HEADERS FROM 'file:///songbun_classes.csv' AS row
CALL (row) {
  MERGE (n:SongbunClass {id: row.id})
  SET n.name = row.name,
      n.nameEn = row.nameEn,
      n.nameKo = row.nameKo,
      n.nameOfficial = row.nameOfficial,
      n.nameOfficialEn = row.nameOfficialEn,
      n.rank = toInteger(row.rank),
      n.share = toFloat(row.share),
      n.shareSource = row.shareSource,
      n.synthetic = toBoolean(row.synthetic),
      n.sources = split(row.sources, '|'),
      n.note = row.note
} IN CONCURRENT TRANSACTIONS OF 10000 ROWS;
