// Fact: The feature article gives no publisher or date and cites six secondary sources, each its own Source.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the feature source (no publisher, no date) and its six cited sources
MATCH (f:Source {id: 'S-FEAT-JOBS'})-[:CITES]->(s:Source)
WHERE f.publisher IS NULL AND f.published IS NULL
WITH f, collect(s.id) AS cited
WHERE size(cited) = 6 AND all(x IN ['S-BBC-2017-DEFECTOR', 'S-RFA-DEFECTOR', 'S-OHCHR-2020', 'S-NKDB-MARKETS', 'S-DPRK-CONST-ART70', 'S-FOREIGN-OBSERVER'] WHERE x IN cited)
RETURN f.name AS article, f.reliability AS reliability, cited;
