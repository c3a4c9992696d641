// Who surveils each person, by which means, and the chain of units above each watcher (REPORTS_TO,
// longest chain first). A watching person (an informant) is shown by witness code when protected.
UNWIND $ids AS personId
MATCH (watcher)-[s:SURVEILS]->(p:Person {id: personId})
OPTIONAL MATCH chain = (watcher)-[:REPORTS_TO*1..10]->(top:Unit)
WHERE NOT (top)-[:REPORTS_TO]->()
WITH p, watcher, s, chain ORDER BY length(chain) DESC
WITH p, watcher, s, head(collect(chain)) AS chain
RETURN p.id AS personId, watcher.id AS watcherId,
       CASE WHEN watcher:Person THEN
         CASE watcher.protection WHEN 'PROTECTED' THEN watcher.witnessCode WHEN 'PSEUDONYM' THEN watcher.name + ' (pseudonym)' ELSE watcher.name END
       ELSE watcher.name END AS watcher,
       CASE WHEN watcher:Person THEN 'PERSON' ELSE watcher.kind END AS watcherKind,
       s.means AS means, s.`from` AS from, s.`to` AS to, s.sources AS sources, s.credibility AS credibility,
       CASE WHEN chain IS NULL THEN [] ELSE
         [r IN relationships(chain) | {id: endNode(r).id, name: endNode(r).name, kind: endNode(r).kind,
                                       sources: r.sources, credibility: r.credibility}] END AS chain
ORDER BY personId, means, watcherId
