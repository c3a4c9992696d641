// Records the start of a load, with a LoadedFile (SHA-256, size and count) for every CSV file and script it
// is about to read, in one transaction, before the load writes anything else.
CREATE (run:LoadRun {
  runId: $runId, status: 'RUNNING', trigger: $trigger, startedAt: datetime(), osUser: $osUser, tool: $tool,
  server: $server, importDir: $importDir, scriptsDir: $scriptsDir,
  csvFiles: size([f IN $files WHERE f.kind = 'csv']), csvRows: reduce(n = 0, f IN [f IN $files WHERE f.kind = 'csv'] | n + f.count),
  scripts: size([f IN $files WHERE f.kind = 'script'])
})
WITH run
UNWIND $files AS file
CREATE (run)-[:READ_FILE]->(:LoadedFile {
  runId: $runId, kind: file.kind, name: file.name, sha256: file.sha256, bytes: file.bytes, count: file.count
})
