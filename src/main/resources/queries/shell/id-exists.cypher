// Whether a node of one label has this id. $label is a code constant (KnownIds.Kind), never user text; $id is.
// One branch per label, each a seek in that label's id index: Neo4j 5.26 cannot use an index for a dynamic label
// ($($label)) and would read every node of the graph instead.
CALL () {
  MATCH (n:Person {id: $id}) WHERE $label = 'Person' RETURN n
  UNION ALL
  MATCH (n:Family {id: $id}) WHERE $label = 'Family' RETURN n
  UNION ALL
  MATCH (n:Unit {id: $id}) WHERE $label = 'Unit' RETURN n
  UNION ALL
  MATCH (n:Mine {id: $id}) WHERE $label = 'Mine' RETURN n
  UNION ALL
  MATCH (n:Market {id: $id}) WHERE $label = 'Market' RETURN n
  UNION ALL
  MATCH (n:Place {id: $id}) WHERE $label = 'Place' RETURN n
  UNION ALL
  MATCH (n:Source {id: $id}) WHERE $label = 'Source' RETURN n
  UNION ALL
  MATCH (n:Claim {id: $id}) WHERE $label = 'Claim' RETURN n
}
RETURN count(n) > 0 AS found
