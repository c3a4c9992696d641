// Fact: A 1964 resolution was part of the sequence of campaigns.
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the 1964 resolution event
MATCH (c:Claim {id: 'C-COI-HIST-1964'})-[:ABOUT]->(e:Event {id: 'EV-1964-RESOLUTION'})
WHERE e.fromYear = 1964
RETURN e.name AS event, e.fromYear AS year;
