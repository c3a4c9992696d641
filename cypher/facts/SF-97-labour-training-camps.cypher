// Fact: Labour training camps (노동단련대) are police-run and hold people for minor offences up to a year without trial (Asia Press).
// Source: S-ASIAPRESS-LTC (B)
// Expect: one row: the camp unit reporting to the police, with the one-year maximum
MATCH (c:Claim {id: 'C-ASIAPRESS-LTC'})-[:ABOUT]->(u:Unit {nameKo: '노동단련대'})-[:REPORTS_TO]->(p:Unit {id: 'U-GEN-POLICE'})
WHERE c.value = 1 AND c.qualifier = 'UP_TO' AND c.unit = 'years'
RETURN u.name AS camps, p.name AS runBy, c.value AS maxYears;
