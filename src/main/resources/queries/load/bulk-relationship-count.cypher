// Every relationship in the store, for the bulk load's record.
MATCH ()-[r]->() RETURN count(r) AS relationships
