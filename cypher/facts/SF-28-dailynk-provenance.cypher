// Fact: The seed is an aggregator's republication of a Daily NK report whose publication date is unknown.
// Source: S-DNK-KAECHON (B), S-DTN-REPUBLICATION (F)
// Expect: one row: the aggregator copy citing the Daily NK report, with no published date
MATCH (a:Source {id: 'S-DTN-REPUBLICATION'})-[:CITES]->(d:Source {id: 'S-DNK-KAECHON'})
WHERE d.published IS NULL AND d.publisher = 'Daily NK' AND d.reliability IS NOT NULL
RETURN d.title AS report, d.publisher AS publisher, d.reliability AS reliability, a.publisher AS republishedBy;
