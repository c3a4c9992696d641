// Whether the search keys cover the store: the newest load run that wrote keys saw as many searchable nodes as the
// count store holds now. False with nodes added or removed since (cypher-shell, Browser), or with no such run (a
// store loaded by cypher-shell alone); search then reads every name instead. Counts come from the count store.
OPTIONAL MATCH (run:LoadRun) WHERE run.searchKeyed IS NOT NULL
WITH run ORDER BY run.startedAt DESC, run.runId DESC LIMIT 1
CALL () { MATCH (n:Person) RETURN count(n) AS c
  UNION ALL MATCH (n:Family) RETURN count(n) AS c
  UNION ALL MATCH (n:Unit) RETURN count(n) AS c
  UNION ALL MATCH (n:Market) RETURN count(n) AS c
  UNION ALL MATCH (n:Place) RETURN count(n) AS c
  UNION ALL MATCH (n:Source) RETURN count(n) AS c }
WITH run, sum(c) AS nodes
RETURN coalesce(run.searchKeyed = nodes, false) AS current
