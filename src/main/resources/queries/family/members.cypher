// The members of the family $id (MEMBER_OF), oldest first: sex, birth and death year, parents (CHILD_OF,
// with the line), spouses (MARRIED_TO, stored once, so read undirected), each with its grade and sources.
// A protected person is shown by witness code only, as id and as name; personId feeds the derivation and
// is never printed for a protected person.
MATCH (p:Person)-[m:MEMBER_OF]->(:Family {id: $id})
RETURN p.id AS personId,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode ELSE p.id END AS shownId,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END AS name,
       p.sex AS sex,
       p.birthYear AS born,
       p.deathYear AS died,
       m.credibility AS credibility,
       m.sources AS sources,
       COLLECT {
         MATCH (p)-[c:CHILD_OF]->(parent:Person)
         RETURN {id: CASE parent.protection WHEN 'PROTECTED' THEN parent.witnessCode ELSE parent.id END,
                 name: CASE parent.protection WHEN 'PROTECTED' THEN parent.witnessCode WHEN 'PSEUDONYM' THEN parent.name + ' (pseudonym)' ELSE parent.name END,
                 line: c.line, credibility: c.credibility, sources: c.sources} AS parent
         ORDER BY parent.line DESC, parent.id
       } AS parents,
       COLLECT {
         MATCH (p)-[r:MARRIED_TO]-(spouse:Person)
         RETURN {id: CASE spouse.protection WHEN 'PROTECTED' THEN spouse.witnessCode ELSE spouse.id END,
                 name: CASE spouse.protection WHEN 'PROTECTED' THEN spouse.witnessCode WHEN 'PSEUDONYM' THEN spouse.name + ' (pseudonym)' ELSE spouse.name END,
                 from: r.from, credibility: r.credibility, sources: r.sources} AS spouse
         ORDER BY spouse.from, spouse.id
       } AS spouses
ORDER BY p.birthYear, p.id
