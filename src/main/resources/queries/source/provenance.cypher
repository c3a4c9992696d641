// The provenance of the node $id (any label), one row per statement about it: its own record, every
// relationship touching it, and every Claim ABOUT it (the claim's own grade and sources stand for its
// ABOUT edge, so those edges are not repeated). The other end of a relationship is shown by witness code
// when it is a protected person, and a source given by a protected person by its id only.
MATCH (n {id: $id})
CALL (n) {
  RETURN 0 AS rank, 'NODE' AS kind, CASE n.protection WHEN 'PROTECTED' THEN n.witnessCode ELSE n.id END AS statement,
         null AS direction, null AS other, n.credibility AS credibility, n.sources AS sources
  UNION ALL
  MATCH (n)-[r]-(m)
  WHERE NOT (type(r) = 'ABOUT' AND endNode(r) = n)
  WITH n, r, m, m:Source AND EXISTS { (:Person {protection: 'PROTECTED'})-[:GAVE]->(m) } AS withheld
  RETURN 1 AS rank, type(r) AS kind, r.id AS statement,
         CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
         {id: CASE m.protection WHEN 'PROTECTED' THEN m.witnessCode ELSE m.id END,
          label: [l IN labels(m) WHERE NOT l IN ['Mine', 'Protected']][0],
          withheld: withheld,
          name: CASE WHEN withheld THEN null
                ELSE CASE m.protection WHEN 'PROTECTED' THEN m.witnessCode WHEN 'PSEUDONYM' THEN m.name + ' (pseudonym)' ELSE m.name END
                END} AS other,
         r.credibility AS credibility, r.sources AS sources
  UNION ALL
  MATCH (c:Claim)-[:ABOUT]->(n)
  RETURN 2 AS rank, 'CLAIM' AS kind, c.id AS statement, 'about' AS direction,
         {id: c.id, label: 'Claim', withheld: false, name: c.name} AS other,
         c.credibility AS credibility, c.sources AS sources
}
RETURN kind, statement, direction, other, credibility, sources
ORDER BY rank, kind, statement
