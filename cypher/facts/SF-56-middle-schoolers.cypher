// Fact: Middle-school pupils are made to bring in maize or dig irrigation channels.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the middle-school labour claim with its two tasks
MATCH (c:Claim {id: 'C-FEAT-20'})-[:ABOUT]->(:Policy {id: 'PO-SCHOOL-FARM-LABOUR'})
WHERE 'harvesting corn' IN c.items AND 'digging irrigation ditches' IN c.items
RETURN c.items AS tasks, c.statement AS claim;
