// Fact: The asia-watch-1988 list has 12 core sub-categories, from workers to honoured wounded soldiers.
// Source: S-JAWIKI-2006 (D), S-ASIAWATCH-1988 (B)
// Expect: one row: 12 core categories, ordinals 1-12
MATCH (c:SongbunCategory {taxonomy: 'asia-watch-1988'})-[:IN_CLASS]->(:SongbunClass {id: 'CORE'})
WITH collect(c.name) AS names, min(c.ordinal) AS lo, max(c.ordinal) AS hi
WHERE size(names) = 12 AND lo = 1 AND hi = 12 AND 'workers' IN names AND 'honoured wounded soldiers' IN names
RETURN size(names) AS core, names;
