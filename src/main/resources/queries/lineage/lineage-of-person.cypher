// The lineage around one person: the person, ancestors and descendants along CHILD_OF (both lines),
// at most $generations steps away. The bound of 30 is only a guard: Cypher cannot take it as a parameter.
MATCH (p:Person {id: $personId})
RETURN p.id AS id, 0 AS distance
UNION
MATCH (p:Person {id: $personId})
MATCH path = (p)-[:CHILD_OF*1..30]->(ancestor:Person)
WHERE length(path) <= $generations
RETURN ancestor.id AS id, length(path) AS distance
UNION
MATCH (p:Person {id: $personId})
MATCH path = (descendant:Person)-[:CHILD_OF*1..30]->(p)
WHERE length(path) <= $generations
RETURN descendant.id AS id, length(path) AS distance
