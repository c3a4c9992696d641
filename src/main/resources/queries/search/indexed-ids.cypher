// The nodes worth ranking for one search, from the indexes of cypher/60-lookup-indexes.cypher: for each label in
// $labels, at most $limit nodes that the full-text index search_keys_<label> finds for $lucene (built by
// search/IndexQuery.java from the escaped text), and at most $limit whose id contains $idText. One row per
// label, id and via (index or id: a node both find comes twice), so that the caller can tell a list the limit cut
// short; search/candidates.cypher then reads what is shown and matched.
UNWIND $labels AS label
CALL (label) {
  CALL db.index.fulltext.queryNodes('search_keys_' + label, $lucene, {limit: $limit}) YIELD node
  RETURN node.id AS id
}
RETURN label, id, 'index' AS via
UNION
MATCH (n:Person) WHERE 'person' IN $labels AND n.id CONTAINS $idText
WITH n LIMIT $limit
RETURN 'person' AS label, n.id AS id, 'id' AS via
UNION
MATCH (n:Family) WHERE 'family' IN $labels AND n.id CONTAINS $idText
WITH n LIMIT $limit
RETURN 'family' AS label, n.id AS id, 'id' AS via
UNION
MATCH (n:Unit) WHERE 'unit' IN $labels AND n.id CONTAINS $idText
WITH n LIMIT $limit
RETURN 'unit' AS label, n.id AS id, 'id' AS via
UNION
MATCH (n:Market) WHERE 'market' IN $labels AND n.id CONTAINS $idText
WITH n LIMIT $limit
RETURN 'market' AS label, n.id AS id, 'id' AS via
UNION
MATCH (n:Place) WHERE 'place' IN $labels AND n.id CONTAINS $idText
WITH n LIMIT $limit
RETURN 'place' AS label, n.id AS id, 'id' AS via
UNION
MATCH (n:Source) WHERE 'source' IN $labels AND n.id CONTAINS $idText
WITH n LIMIT $limit
RETURN 'source' AS label, n.id AS id, 'id' AS via
