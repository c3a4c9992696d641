// The runId of the newest load that finished, or no row when none has.
MATCH (run:LoadRun {status: 'SUCCEEDED'})
WITH run
ORDER BY run.startedAt DESC, run.runId DESC
LIMIT 1
RETURN run.runId AS runId
