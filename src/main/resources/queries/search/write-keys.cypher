// Writes the search keys of a batch of nodes ($rows: label, id, words, skeletons, keysOf; from
// search/SearchKeys.java), each found through its label's id constraint. The search_keys_* full-text indexes of
// cypher/60-lookup-indexes.cypher index words and skeletons.
UNWIND $rows AS r
CALL (r) {
  WITH r WHERE r.label = 'person' MATCH (n:Person {id: r.id}) RETURN n
  UNION
  WITH r WHERE r.label = 'family' MATCH (n:Family {id: r.id}) RETURN n
  UNION
  WITH r WHERE r.label = 'unit' MATCH (n:Unit {id: r.id}) RETURN n
  UNION
  WITH r WHERE r.label = 'market' MATCH (n:Market {id: r.id}) RETURN n
  UNION
  WITH r WHERE r.label = 'place' MATCH (n:Place {id: r.id}) RETURN n
  UNION
  WITH r WHERE r.label = 'source' MATCH (n:Source {id: r.id}) RETURN n
}
SET n.searchWords = r.words, n.searchSkeletons = r.skeletons, n.searchKeysOf = r.keysOf
