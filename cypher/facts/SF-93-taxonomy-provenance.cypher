// Fact: The 51-category list comes from Japanese Wikipedia's 出身成分 (2006), which credits the Minnesota Lawyers committee and Asia Watch (1988) - it ships as taxonomy asia-watch-1988.
// Source: S-JAWIKI-2006 (D), S-ASIAWATCH-1988 (B)
// Expect: one row: 51 categories in the taxonomy, both sources, and the CITES link between them
MATCH (w:Source {id: 'S-JAWIKI-2006'})-[:CITES]->(a:Source {id: 'S-ASIAWATCH-1988'})
MATCH (c:SongbunCategory {taxonomy: 'asia-watch-1988'})
WHERE 'S-JAWIKI-2006' IN c.sources AND 'S-ASIAWATCH-1988' IN c.sources
WITH w, a, count(c) AS n
WHERE n = 51
RETURN w.title AS listedIn, a.title AS original, n AS categories;
