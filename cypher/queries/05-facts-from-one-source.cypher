// Question: Which facts does one source support: every node and relationship that cites it, by kind?
// Param source: 'S-DNK-KAECHON'
// Expect rows: 14
// Expect row: {kind: 'Claim', facts: 25}
// Expect row: {kind: 'ABOUT', facts: 47}

MATCH (s:Source {id: $source})
CALL (s) {
  MATCH (n) WHERE s.id IN n.sources AND n <> s
  RETURN [l IN labels(n) WHERE NOT l IN ['Mine', 'Protected']][0] AS kind, n.id AS id
  UNION ALL
  MATCH ()-[r]->() WHERE s.id IN r.sources
  RETURN type(r) AS kind, r.id AS id
}
RETURN kind, count(*) AS facts, collect(id)[..5] AS examples
ORDER BY facts DESC, kind
