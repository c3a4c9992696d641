// Markets with their places (LOCATED_IN), the number of distinct traders (TRADES_AT), the number of raids
// (RAIDED edges) and the market node's sources: all markets when $id is null, else only that one.
MATCH (mk:Market)
WHERE $id IS NULL OR mk.id = $id
RETURN mk.id AS id,
       mk.name AS name,
       COLLECT { MATCH (mk)-[:LOCATED_IN]->(pl:Place) RETURN pl.name ORDER BY pl.name } AS places,
       COUNT { MATCH (p:Person)-[:TRADES_AT]->(mk) RETURN DISTINCT p } AS traders,
       COUNT { MATCH (:Unit)-[r:RAIDED]->(mk) RETURN r } AS raids,
       mk.sources AS sources
ORDER BY mk.id
