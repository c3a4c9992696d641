// Fact: Only about 30% of the workers welcomed at those ceremonies are still on the job.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: retention figure 30 percent (ABOUT) linked to the welcome ceremonies
MATCH (c:Claim {id: 'C-DNK-14'})-[:ABOUT]->(e:Event {id: 'EV-KAECHON-WELCOME'})
WHERE c.value = 30 AND c.qualifier = 'ABOUT' AND c.unit = 'percent'
RETURN e.name AS event, c.value AS retainedPercent, c.credibility AS credibility;
