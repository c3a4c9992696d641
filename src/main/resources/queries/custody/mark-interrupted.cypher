// A run still RUNNING when the process that owns the store starts cannot be running any more: no other
// process can write to that store. Marks it INTERRUPTED, keeping its missing end time as evidence.
MATCH (run:LoadRun {runId: $runId, status: 'RUNNING'})
SET run.status = 'INTERRUPTED', run.failure = $failure
