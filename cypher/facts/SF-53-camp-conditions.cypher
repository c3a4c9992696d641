// Fact: Labour training camps are harsh correctional places marked by beatings, overwork and hunger.
// Source: S-FEAT-JOBS (F)
// Expect: one row: the camp-conditions claim with its three abuses
MATCH (c:Claim {id: 'C-FEAT-19'})-[:ABOUT]->(u:Unit {kind: 'LABOR_TRAINING_CAMP'})
WHERE all(i IN ['beatings', 'overwork', 'underfeeding'] WHERE i IN c.items)
RETURN u.name AS camps, c.items AS abuses;
