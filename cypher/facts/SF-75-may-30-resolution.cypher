// Fact: The songbun system grew through campaigns including the 'May 30th Resolution'.
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the May 30th Resolution event with its COI claim
MATCH (c:Claim {id: 'C-COI-HIST-MAY30'})-[:ABOUT]->(e:Event {name: 'May 30th Resolution'})
WHERE e.kind = 'RESOLUTION'
RETURN e.name AS event, c.statement AS claim;
