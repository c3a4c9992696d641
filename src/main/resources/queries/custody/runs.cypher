// The newest load runs first, at most $limit of them.
MATCH (run:LoadRun)
WITH run
ORDER BY run.startedAt DESC, run.runId DESC
LIMIT $limit
RETURN run {.*, startedAt: toString(run.startedAt), endedAt: toString(run.endedAt)} AS run
