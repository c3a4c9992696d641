// songbun-graph load script. Runs last.
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Indexes created over data that is already there (60-lookup-indexes.cypher, and every index after a bulk import)
// are filled in the background. A load is finished only when they are online: until then `search` cannot use
// its full-text indexes, and a process that stops mid-way leaves the work to its next start.
CALL db.awaitIndexes(1800);
