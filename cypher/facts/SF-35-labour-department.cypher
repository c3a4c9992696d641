// Fact: Recommendations pass to the regional labour department, which makes assignments without discussion.
// Source: S-FEAT-JOBS (F)
// Expect: two rows: schools and local Party officials both REPORTS_TO the regional labour department
MATCH (r:Unit)-[:REPORTS_TO]->(ld:Unit {id: 'U-GEN-LABOUR-DEPT'})<-[:ABOUT]-(c:Claim {id: 'C-FEAT-06'})
WHERE ld.kind = 'LABOR_DEPARTMENT' AND r.kind IN ['SCHOOL', 'PARTY_COMMITTEE']
RETURN r.name AS recommender, ld.name AS assigns, c.statement AS claim;
