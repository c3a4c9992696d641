// Records on a load run how many searchable nodes had current search keys when it ended (search/SearchKeys.java).
// search/keys-current.cypher compares it with the store's counts to tell whether the keys can be trusted.
MATCH (run:LoadRun {runId: $runId})
SET run.searchKeyed = $nodes
