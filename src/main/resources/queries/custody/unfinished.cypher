// Load runs that started and never recorded an end, newest first.
MATCH (run:LoadRun {status: 'RUNNING'})
WITH run
ORDER BY run.startedAt DESC, run.runId DESC
RETURN run {.*, startedAt: toString(run.startedAt), endedAt: toString(run.endedAt)} AS run
