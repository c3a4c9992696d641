// One person's own record: who they are, their families, their relatives (both directions of CHILD_OF,
// and MARRIED_TO) and the testimony they gave. A protected person is shown by witness code only: their
// name, nameKo and note, which could identify them, are never returned.
MATCH (p:Person {id: $personId})
RETURN p.id AS id,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END AS name,
       CASE p.protection WHEN 'PROTECTED' THEN null ELSE p.nameKo END AS nameKo,
       CASE p.protection WHEN 'PROTECTED' THEN null ELSE p.note END AS note,
       p.protection AS protection, p.witnessCode AS witnessCode, p.sex AS sex, p.birthYear AS birthYear,
       p.deathYear AS deathYear, p.synthetic AS synthetic, p.sources AS sources,
       COLLECT { MATCH (p)-[m:MEMBER_OF]->(f:Family)
                 RETURN {id: f.id, name: f.name, sources: m.sources, credibility: m.credibility} AS family
                 ORDER BY family.id } AS families,
       COLLECT { MATCH (p)-[r:CHILD_OF]->(q:Person)
                 RETURN {relation: CASE r.line WHEN 'PATERNAL' THEN 'father' WHEN 'MATERNAL' THEN 'mother' ELSE 'parent' END,
                         id: q.id, birthYear: q.birthYear, sources: r.sources, credibility: r.credibility,
                         name: CASE q.protection WHEN 'PROTECTED' THEN q.witnessCode WHEN 'PSEUDONYM' THEN q.name + ' (pseudonym)' ELSE q.name END} AS relative
               UNION
                 MATCH (p)-[r:MARRIED_TO]-(q:Person)
                 RETURN {relation: 'spouse', id: q.id, birthYear: q.birthYear, sources: r.sources, credibility: r.credibility,
                         name: CASE q.protection WHEN 'PROTECTED' THEN q.witnessCode WHEN 'PSEUDONYM' THEN q.name + ' (pseudonym)' ELSE q.name END} AS relative
               UNION
                 MATCH (q:Person)-[r:CHILD_OF]->(p)
                 RETURN {relation: CASE q.sex WHEN 'M' THEN 'son' WHEN 'F' THEN 'daughter' ELSE 'child' END,
                         id: q.id, birthYear: q.birthYear, sources: r.sources, credibility: r.credibility,
                         name: CASE q.protection WHEN 'PROTECTED' THEN q.witnessCode WHEN 'PSEUDONYM' THEN q.name + ' (pseudonym)' ELSE q.name END} AS relative
       } AS relatives,
       COLLECT { MATCH (p)-[g:GAVE]->(s:Source)
                 RETURN {id: s.id, title: s.title, kind: s.kind, sources: g.sources, credibility: g.credibility} AS testimony
                 ORDER BY testimony.id } AS gave
