// One load run with the files it read, by runId; no row when there is no such run.
MATCH (run:LoadRun {runId: $runId})
OPTIONAL MATCH (run)-[:READ_FILE]->(file:LoadedFile)
WITH run, file
ORDER BY file.kind, file.name
RETURN run {.*, startedAt: toString(run.startedAt), endedAt: toString(run.endedAt)} AS run,
       collect(file {.kind, .name, .sha256, .bytes, .count}) AS files
