// Fact: Assignments include power stations, rail depots, mines, farms in remote provinces and construction sites.
// Source: S-FEAT-JOBS (F)
// Expect: one row listing the five kinds of workplace
MATCH (c:Claim {id: 'C-FEAT-07'})-[:ABOUT]->(p:Policy {id: 'PO-STATE-ASSIGNMENT'})
WHERE all(k IN ['POWER_STATION', 'RAIL_DEPOT', 'MINE', 'FARM', 'CONSTRUCTION'] WHERE k IN c.items)
RETURN c.items AS workplaceKinds, c.statement AS claim;
