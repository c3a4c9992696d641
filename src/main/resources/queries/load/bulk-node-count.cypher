// Every node in the store, load records included: `load --bulk` only builds a store that holds nothing yet.
MATCH (n) RETURN count(n) AS nodes
