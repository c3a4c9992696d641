// Records how a load ended: SUCCEEDED with what it wrote, or FAILED with the first line of the reason.
MATCH (run:LoadRun {runId: $runId})
SET run.status = $status, run.endedAt = datetime(), run.failure = $failure, run.statements = $statements,
    run.nodesCreated = $nodesCreated, run.relationshipsCreated = $relationshipsCreated,
    run.propertiesSet = $propertiesSet
