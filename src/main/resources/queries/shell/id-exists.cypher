// Whether a node of one label has this id. $label is a code constant, never user text; $id is.
OPTIONAL MATCH (n:$($label) {id: $id})
RETURN n IS NOT NULL AS found
