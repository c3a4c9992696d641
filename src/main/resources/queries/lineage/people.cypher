// The people of a trace with their lineage edges inside the set ($ids). Protected people are shown by
// witness code only: their name, nameKo and note never leave the database.
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
RETURN p.id AS id,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END AS name,
       CASE p.protection WHEN 'PROTECTED' THEN null ELSE p.nameKo END AS nameKo,
       p.protection AS protection, p.synthetic AS synthetic, p.sex AS sex, p.birthYear AS birthYear,
       p.deathYear AS deathYear, p.sources AS sources,
       COLLECT { MATCH (p)-[r:CHILD_OF]->(parent:Person) WHERE parent.id IN $ids
                 RETURN {id: parent.id, line: r.line, sources: r.sources, credibility: r.credibility} AS parent
                 ORDER BY parent.id } AS parents,
       COLLECT { MATCH (p)-[r:MARRIED_TO]-(spouse:Person) WHERE spouse.id IN $ids
                 RETURN {id: spouse.id, from: r.`from`, to: r.`to`, sources: r.sources, credibility: r.credibility} AS spouse
                 ORDER BY spouse.id } AS spouses
ORDER BY p.birthYear, p.id
