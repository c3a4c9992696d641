// The intake cohorts of one mine ($mineId): one row per ASSIGNED_TO `from` year (null when the year is unknown),
// with how many of its assignments have each status (statuses: [{status, assignments}], status null when unknown;
// a status can appear more than once, to be added up) and the distinct evidence (sources and credibility) of its
// assignments, in the order of the lowest assignment id carrying each. Grouping here sends a few rows for a mine
// with tens of thousands of assignments. Counting and the retention rate are left to the caller, which documents
// the definition.
MATCH (:Person)-[a:ASSIGNED_TO]->(:Mine {id: $mineId})
WITH a.`from` AS intake, a.status AS status, {sources: a.sources, credibility: a.credibility} AS evidence,
     count(*) AS assignments, min(a.id) AS first
WITH intake, evidence, min(first) AS first, collect({status: status, assignments: assignments}) AS statuses
ORDER BY first
WITH intake, collect(evidence) AS evidence, collect(statuses) AS statuses
RETURN intake, reduce(all = [], s IN statuses | all + s) AS statuses, evidence
ORDER BY intake
