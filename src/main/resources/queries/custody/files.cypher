// The files one load run read, by kind and name.
MATCH (:LoadRun {runId: $runId})-[:READ_FILE]->(file:LoadedFile)
RETURN file {.kind, .name, .sha256, .bytes, .count} AS file
ORDER BY file.kind, file.name
