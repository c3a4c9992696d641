// Question: Who watches one person, by what means, and to whom does each watcher report, up to the top?
// Param person: 'P-SYN-PAK-08'
// Expect rows: 3
// Expect row: {watcher: 'U-SYN-SECURITY', means: 'SECURITY', top: 'U-SYN-PROV-SECURITY'}
// Expect row: {watcher: 'P-SYN-YANG-01', means: 'INFORMANT', top: null}

MATCH (w)-[s:SURVEILS]->(target:Person {id: $person})
OPTIONAL MATCH chain = (w)-[:ASSIGNED_TO|REPORTS_TO]->(:Unit)-[:REPORTS_TO]->*(top:Unit)
  WHERE NOT EXISTS { (top)-[:REPORTS_TO]->() }
WITH w, s, target, chain, top
RETURN w, s, target, chain,
       CASE w.protection WHEN 'PROTECTED' THEN w.witnessCode ELSE w.id END AS watcher,
       s.means AS means, top.id AS top, s.sources AS sources, s.credibility AS credibility
ORDER BY watcher, top
