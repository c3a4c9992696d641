// Every Source with its grades and, for testimony, how its teller knows; the sources it CITES and those that CITE it (with the citing edge's
// credibility and sources); who GAVE it (a protected person by witness code only, as id and as name); and
// how many nodes (other than the source itself, which lists its own id) and relationships list it in
// `sources`. A source given by a protected person keeps its name and title back: they describe the witness.
CALL () {
  MATCH (n)
  UNWIND coalesce(n.sources, []) AS sourceId
  WITH n, sourceId
  WHERE NOT (n:Source AND n.id = sourceId)
  WITH sourceId, count(*) AS uses
  RETURN collect({id: sourceId, uses: uses}) AS nodeUses
}
CALL () {
  MATCH ()-[r]->()
  UNWIND coalesce(r.sources, []) AS sourceId
  WITH sourceId, count(*) AS uses
  RETURN collect({id: sourceId, uses: uses}) AS relationshipUses
}
MATCH (s:Source)
WITH s, nodeUses, relationshipUses,
     EXISTS { (:Person {protection: 'PROTECTED'})-[:GAVE]->(s) } AS describesWitness
RETURN s.id AS id,
       CASE WHEN describesWitness THEN null ELSE s.title END AS title,
       describesWitness,
       s.publisher AS publisher,
       s.kind AS kind,
       s.published AS published,
       s.language AS language,
       s.reliability AS reliability,
       s.knowledge AS knowledge,
       s.synthetic AS synthetic,
       s.sources AS sources,
       COLLECT {
         MATCH (s)-[c:CITES]->(cited:Source)
         RETURN {id: cited.id, credibility: c.credibility, sources: c.sources} AS cited ORDER BY cited.id
       } AS cites,
       COLLECT {
         MATCH (citing:Source)-[c:CITES]->(s)
         RETURN {id: citing.id, credibility: c.credibility, sources: c.sources} AS citing ORDER BY citing.id
       } AS citedBy,
       COLLECT {
         MATCH (p:Person)-[g:GAVE]->(s)
         RETURN {id: CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode ELSE p.id END,
                 name: CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END,
                 credibility: g.credibility, sources: g.sources} AS giver
         ORDER BY giver.id
       } AS gaveBy,
       coalesce([u IN nodeUses WHERE u.id = s.id | u.uses][0], 0) AS nodes,
       coalesce([u IN relationshipUses WHERE u.id = s.id | u.uses][0], 0) AS relationships
ORDER BY s.id
