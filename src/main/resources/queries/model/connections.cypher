// Which labels each relationship type connects in the data, for the model diagram.
// Mine (on MINE units) and Protected (on protected people) are second labels, so they are folded away here.
MATCH (a)-[r]->(b)
WITH [l IN labels(a) WHERE NOT l IN ['Mine', 'Protected']][0] AS from, type(r) AS type, [l IN labels(b) WHERE NOT l IN ['Mine', 'Protected']][0] AS to
RETURN DISTINCT from, type, to
ORDER BY from, type, to
