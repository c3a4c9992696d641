// Fact: A file is kept on each person from age 17 and updated every two years.
// Source: S-COLLINS-2012 (B)
// Expect: one row: age 17 and interval 2 years
MATCH (a:Claim {id: 'C-COLLINS-FILE-AGE'})-[:CITES]->(s:Source {id: 'S-COLLINS-2012'})<-[:CITES]-(u:Claim {id: 'C-COLLINS-FILE-UPDATE'})
WHERE a.value = 17 AND u.value = 2
RETURN a.value AS fromAge, u.value AS updateEveryYears;
