// Every Source with what corroboration needs of it: its reliability, whether it is synthetic, how its teller
// knows (testimony), the sources it CITES, and who GAVE it (a protected person by witness code, anyone else by id).
MATCH (s:Source)
RETURN s.id AS id,
       s.reliability AS reliability,
       coalesce(s.synthetic, false) AS synthetic,
       s.knowledge AS knowledge,
       COLLECT { MATCH (s)-[:CITES]->(t:Source) RETURN t.id ORDER BY t.id } AS cites,
       COLLECT {
         MATCH (p:Person)-[:GAVE]->(s)
         RETURN CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode ELSE p.id END AS giver ORDER BY giver
       } AS givers
