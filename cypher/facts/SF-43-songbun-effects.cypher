// Fact: Songbun can decide where one lives, whether one attends university, and which job one is assigned.
// Source: S-FEAT-JOBS (F), S-COI-CRP1-2014 (B)
// Expect: one row with the three policy domains RESIDENCE, EDUCATION, EMPLOYMENT cited to the feature
MATCH (p:Policy)-[:APPLIES_TO]->(:SongbunClass {id: 'HOSTILE'})
WHERE p.id IN ['PO-SONGBUN-RESIDENCE', 'PO-SONGBUN-UNIVERSITY', 'PO-SONGBUN-JOB'] AND 'S-FEAT-JOBS' IN p.sources
WITH collect(p.domain) AS domains
WHERE size(domains) = 3
RETURN domains;
