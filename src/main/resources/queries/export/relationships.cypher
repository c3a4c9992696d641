// Every relationship of a type of the knowledge model between two nodes of the model, with the labels and
// ids of its ends and its properties.
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND any(label IN labels(a) WHERE label IN $labels)
  AND any(label IN labels(b) WHERE label IN $labels)
RETURN type(r) AS type, properties(r) AS properties,
       a.id AS startId, labels(a) AS startLabels, b.id AS endId, labels(b) AS endLabels
