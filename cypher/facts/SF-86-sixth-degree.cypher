// Fact: The 1966-67 investigation looked at relatives out to the sixth degree.
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the 1966-1967 investigation with the figure 6
MATCH (c:Claim {id: 'C-COI-SIXTH-DEGREE'})-[:ABOUT]->(e:Event {kind: 'INVESTIGATION'})
WHERE c.value = 6 AND e.fromYear = 1966 AND e.toYear = 1967
RETURN e.name AS event, c.value AS degree;
