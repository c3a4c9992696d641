// Fact: An ID-card renewal followed in 1983-84.
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the 1983-1984 ID renewal event
MATCH (c:Claim {id: 'C-COI-ID-RENEWAL'})-[:ABOUT]->(e:Event {kind: 'ID_RENEWAL'})
WHERE e.fromYear = 1983 AND e.toYear = 1984
RETURN e.name AS event;
