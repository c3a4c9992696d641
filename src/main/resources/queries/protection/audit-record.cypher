// Appends one audit record. Never holds an identity: the witness code, the analyst's stated reason, and for
// seals and exports the files with their SHA-256 before and after.
CREATE (a:AuditRecord {
  auditId: $auditId, action: $action, outcome: $outcome, at: datetime(), osUser: $osUser, tool: $tool,
  witnessCode: $witnessCode, reason: $reason, detail: $detail, files: $files
})
