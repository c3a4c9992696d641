// Chain of custody: one LoadRun per load, found by its runId. Its own constraint, not in cypher/, because
// loads run by hand in cypher-shell record no run.
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (r:LoadRun) REQUIRE r.runId IS UNIQUE
