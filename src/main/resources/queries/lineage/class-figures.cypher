// What the sources say class-wide, to set beside a family's own counts: each class's share of the
// population (claims in percent) and claims about where the class is sent to work (claims that are also
// about an EMPLOYMENT policy, such as the hostile class being sent to mines and farms).
MATCH (c:Claim)-[:ABOUT]->(k:SongbunClass)
WHERE k.id IN $classes
  AND (c.unit = 'percent' OR EXISTS { (c)-[:ABOUT]->(:Policy {domain: 'EMPLOYMENT'}) })
RETURN k.id AS class, c.id AS id, c.statement AS statement, c.value AS value, c.valueMax AS valueMax,
       c.unit AS unit, c.qualifier AS qualifier, c.asOf AS asOf, c.sources AS sources, c.credibility AS credibility
ORDER BY class, c.unit IS NULL, id
