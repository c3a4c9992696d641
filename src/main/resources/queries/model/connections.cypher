// Which labels each relationship type connects in the data, for the model diagram.
// Mine is a second label on MINE units, so it is folded into Unit here. The chain of custody (LoadRun
// -[:READ_FILE]-> LoadedFile) is described in docs/reliability.md, not in the knowledge model.
MATCH (a)-[r]->(b)
WHERE NOT a:LoadRun
WITH [l IN labels(a) WHERE l <> 'Mine'][0] AS from, type(r) AS type, [l IN labels(b) WHERE l <> 'Mine'][0] AS to
RETURN DISTINCT from, type, to
ORDER BY from, type, to
