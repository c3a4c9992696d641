// One family's header and the ids of its members (MEMBER_OF), for `trace --family`.
MATCH (f:Family {id: $familyId})
RETURN f.id AS id, f.name AS name, f.nameKo AS nameKo, f.synthetic AS synthetic, f.sources AS sources,
       COLLECT { MATCH (f)<-[:MEMBER_OF]-(p:Person) RETURN p.id ORDER BY p.id } AS members
