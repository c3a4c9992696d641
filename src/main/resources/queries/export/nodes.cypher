// Every node that carries a label of the knowledge model, with all its labels and properties. Nodes with
// only other labels (the chain of custody of loads, anything an analyst added) are not part of an export.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN labels(n) AS labels, properties(n) AS properties
