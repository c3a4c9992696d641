// Every node id of any label, and the witness codes of protected people, to suggest the nearest after a miss.
MATCH (n)
WHERE n.id IS NOT NULL
RETURN n.id AS id
UNION
MATCH (p:Person)
WHERE p.witnessCode IS NOT NULL
RETURN p.witnessCode AS id
