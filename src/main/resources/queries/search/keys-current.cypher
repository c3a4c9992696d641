// How far the search keys cover the store: nodes, how many searchable nodes the store holds now (from the count
// store, no scan), and current, whether the newest load run that wrote keys saw as many. current is false with
// nodes added or removed since (cypher-shell, Browser), or with no such run (a store loaded by cypher-shell
// alone); search then reads every name instead. search/SearchKeys.java records nodes on each load run.
OPTIONAL MATCH (run:LoadRun) WHERE run.searchKeyed IS NOT NULL
WITH run ORDER BY run.startedAt DESC, run.runId DESC LIMIT 1
CALL () { MATCH (n:Person) RETURN count(n) AS c
  UNION ALL MATCH (n:Family) RETURN count(n) AS c
  UNION ALL MATCH (n:Unit) RETURN count(n) AS c
  UNION ALL MATCH (n:Market) RETURN count(n) AS c
  UNION ALL MATCH (n:Place) RETURN count(n) AS c
  UNION ALL MATCH (n:Source) RETURN count(n) AS c }
WITH run, sum(c) AS nodes
RETURN nodes, coalesce(run.searchKeyed = nodes, false) AS current
