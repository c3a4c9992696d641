// Every Claim, or with $about set only the claims ABOUT the node with that id (any label): the statement and
// its figure, the date it refers to (and how to read it: CIRCA, BEFORE, AFTER), credibility (with its gradeNote), how its teller knows, its sources, what it is ABOUT (a
// protected person by witness code only, a source given by a protected person by its id only) and the claims
// it contradicts, in either direction.
MATCH (c:Claim)
WHERE $about IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(target) WHERE target.id = $about }
RETURN c.id AS id,
       c.name AS name,
       c.statement AS statement,
       c.value AS value,
       c.valueMax AS valueMax,
       c.unit AS unit,
       c.qualifier AS qualifier,
       c.asOf AS asOf,
       c.dateQualifier AS dateQualifier,
       c.credibility AS credibility,
       c.gradeNote AS gradeNote,
       c.knowledge AS knowledge,
       c.sources AS sources,
       COLLECT {
         MATCH (c)-[:ABOUT]->(m)
         WITH m, m:Source AND EXISTS { (:Person {protection: 'PROTECTED'})-[:GAVE]->(m) } AS withheld
         RETURN {id: CASE m.protection WHEN 'PROTECTED' THEN m.witnessCode ELSE m.id END,
                 label: [l IN labels(m) WHERE NOT l IN ['Mine', 'Protected']][0],
                 withheld: withheld,
                 name: CASE WHEN withheld THEN null
                       ELSE CASE m.protection WHEN 'PROTECTED' THEN m.witnessCode WHEN 'PSEUDONYM' THEN m.name + ' (pseudonym)' ELSE m.name END
                       END} AS target
         ORDER BY target.id
       } AS about,
       coalesce(c.contradicts, []) + COLLECT {
         MATCH (other:Claim)
         WHERE c.id IN coalesce(other.contradicts, []) AND NOT other.id IN coalesce(c.contradicts, [])
         RETURN other.id ORDER BY other.id
       } AS contradicts
ORDER BY c.id
