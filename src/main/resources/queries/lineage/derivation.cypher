// The songbun derivation rule (docs/model.md), for each person id in $ids:
//  - documented: the person's own CLASSIFIED_AS edges, whatever their basis;
//  - inherited: the classification of the nearest ancestor on the paternal CHILD_OF line who has one,
//    with the path to that ancestor. Marriage plays no part: it is only ever a sourced Claim.
// Both are returned; comparing them is the caller's job, so neither silently wins.
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
CALL (p) {
  OPTIONAL MATCH (p)-[own:CLASSIFIED_AS]->(cat:SongbunCategory)-[:IN_CLASS]->(cls:SongbunClass)
  WITH own, cat, cls ORDER BY own.year, cat.id
  RETURN [x IN collect({category: cat.id, categoryName: cat.name, taxonomy: cat.taxonomy, uncertain: cat.uncertain,
          class: cls.id, basis: own.basis, act: own.act, year: own.year, sources: own.sources,
          credibility: own.credibility})
          WHERE x.category IS NOT NULL] AS documented
}
CALL (p) {
  OPTIONAL MATCH lineage = (p)-[:CHILD_OF*1..12 {line: 'PATERNAL'}]->(ancestor:Person)
  WHERE EXISTS { (ancestor)-[:CLASSIFIED_AS]->(:SongbunCategory) }
  WITH ancestor, lineage ORDER BY length(lineage) LIMIT 1
  OPTIONAL MATCH (ancestor)-[c:CLASSIFIED_AS]->(cat:SongbunCategory)-[:IN_CLASS]->(cls:SongbunClass)
  WITH ancestor, lineage, c, cat, cls ORDER BY c.year DESC, cat.id LIMIT 1
  RETURN CASE WHEN ancestor IS NULL THEN null ELSE {
    ancestor: ancestor.id,
    ancestorName: CASE ancestor.protection WHEN 'PROTECTED' THEN ancestor.witnessCode WHEN 'PSEUDONYM' THEN ancestor.name + ' (pseudonym)' ELSE ancestor.name END,
    generations: length(lineage),
    path: [n IN nodes(lineage) | n.id],
    classification: {category: cat.id, categoryName: cat.name, taxonomy: cat.taxonomy, uncertain: cat.uncertain,
                     class: cls.id, basis: c.basis, act: c.act, year: c.year, sources: c.sources,
                     credibility: c.credibility},
    pathSources: reduce(acc = [], r IN relationships(lineage) | acc + coalesce(r.sources, []))
  } END AS inherited
}
RETURN p.id AS id,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END AS name,
       p.protection AS protection,
       documented,
       inherited
ORDER BY p.birthYear, p.id
