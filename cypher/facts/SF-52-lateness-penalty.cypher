// Fact: Refusing to work or repeated lateness can lead to a pay cut or being sent to a labour training camp.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the EMPLOYMENT penalty policy applying to labour training camps
MATCH (p:Policy {id: 'PO-LATENESS-PENALTY'})-[:APPLIES_TO]->(u:Unit {kind: 'LABOR_TRAINING_CAMP'})
RETURN p.statement AS policy, u.name AS camp;
