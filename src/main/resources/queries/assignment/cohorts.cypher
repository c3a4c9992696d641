// The intake cohorts of one mine ($mineId): one row per ASSIGNED_TO `from` year (null when the year is unknown),
// with the status of every assignment in it (null when unknown) and each assignment's sources and credibility.
// Counting by status and the retention rate are left to the caller, which documents the definition.
MATCH (:Person)-[a:ASSIGNED_TO]->(:Mine {id: $mineId})
WITH a.`from` AS intake, a ORDER BY a.id
RETURN intake,
       collect(a.status) AS statuses,
       size(collect(a)) AS assigned,
       collect({sources: a.sources, credibility: a.credibility}) AS evidence
ORDER BY intake
