// Which labels each relationship type connects in the data, for the model diagram.
// Mine (on MINE units) and Protected (on protected people) are second labels, so they are folded away here.
// The chain of custody (LoadRun -[:READ_FILE]-> LoadedFile) is described in docs/reliability.md, not in the
// knowledge model.
MATCH (a)-[r]->(b)
WHERE NOT a:LoadRun
WITH [l IN labels(a) WHERE NOT l IN ['Mine', 'Protected']][0] AS from, type(r) AS type,
     [l IN labels(b) WHERE NOT l IN ['Mine', 'Protected']][0] AS to
RETURN DISTINCT from, type, to
ORDER BY from, type, to
