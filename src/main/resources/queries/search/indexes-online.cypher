// How many of the indexes in $names are ONLINE: search asks them for candidates only when all are, and otherwise
// reads every name (a store loaded before cypher/60-lookup-indexes.cypher existed, or one still populating them).
SHOW INDEXES YIELD name, state
WHERE name IN $names AND state = 'ONLINE'
RETURN count(*) AS online
