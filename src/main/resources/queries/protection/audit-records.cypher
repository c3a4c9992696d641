// The newest audit records first, at most $limit of them, optionally of one action only.
MATCH (a:AuditRecord)
WHERE $action IS NULL OR a.action = $action
WITH a
ORDER BY a.at DESC, a.auditId DESC
LIMIT $limit
RETURN a.auditId AS auditId, a.action AS action, a.outcome AS outcome, toString(a.at) AS at, a.osUser AS osUser,
       a.witnessCode AS witnessCode, a.reason AS reason, a.detail AS detail, coalesce(a.files, []) AS files
