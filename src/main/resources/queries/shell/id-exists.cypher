// Whether a node of one label has this id. $label is a code constant (KnownIds.Kind), never user text; $id is.
// One branch per label, each a seek in that label's id index: Neo4j 5.26 cannot use an index for a dynamic label
// ($($label)) and would read every node of the graph instead.
RETURN CASE $label
         WHEN 'Person' THEN EXISTS { MATCH (:Person {id: $id}) }
         WHEN 'Family' THEN EXISTS { MATCH (:Family {id: $id}) }
         WHEN 'Unit' THEN EXISTS { MATCH (:Unit {id: $id}) }
         WHEN 'Mine' THEN EXISTS { MATCH (:Mine {id: $id}) }
         WHEN 'Market' THEN EXISTS { MATCH (:Market {id: $id}) }
         WHEN 'Place' THEN EXISTS { MATCH (:Place {id: $id}) }
         WHEN 'Source' THEN EXISTS { MATCH (:Source {id: $id}) }
         WHEN 'Claim' THEN EXISTS { MATCH (:Claim {id: $id}) }
         ELSE false
       END AS found
