// Fact: A 1966-1970 re-registration sorted people into 3 classes and 51 sub-categories.
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the 1966-1970 registration event with the figure 51
MATCH (c:Claim {id: 'C-COI-REREG'})-[:ABOUT]->(e:Event {kind: 'REGISTRATION'})
MATCH (c)-[:ABOUT]->(k:SongbunClass)
WHERE e.fromYear = 1966 AND e.toYear = 1970 AND c.value = 51
RETURN e.name AS event, c.value AS subCategories, count(k) AS classes;
