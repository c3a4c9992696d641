// One load run by runId; no row when there is no such run.
MATCH (run:LoadRun {runId: $runId})
RETURN run {.*, startedAt: toString(run.startedAt), endedAt: toString(run.endedAt)} AS run
