// Fact: Seasonal farm work is compulsory in many schools.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the EDUCATION policy on farm work applying to schools
MATCH (p:Policy {id: 'PO-SCHOOL-FARM-LABOUR'})-[:APPLIES_TO]->(u:Unit {kind: 'SCHOOL'})
WHERE p.domain = 'EDUCATION'
RETURN p.statement AS policy, u.name AS appliesTo;
