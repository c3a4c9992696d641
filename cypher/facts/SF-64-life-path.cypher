// Fact: The path runs school, military, then work wherever the government decides.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the life-path claim with its three stages in order
MATCH (c:Claim {id: 'C-FEAT-27'})-[:ABOUT]->(:Policy {id: 'PO-STATE-ASSIGNMENT'})
WHERE c.items = ['school', 'military service', 'assigned work']
RETURN c.items AS stages;
