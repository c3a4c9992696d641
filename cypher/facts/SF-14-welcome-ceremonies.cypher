// Fact: The major mines near Kaechon held no fewer than ten ceremonies greeting volunteer workers within three years.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the ceremony event (count 10, AT_LEAST, 3 years) held at the Kaechon mines
MATCH (e:Event {id: 'EV-KAECHON-WELCOME'})-[:HELD_AT]->(m:Mine {id: 'U-KAECHON-MINES'})
MATCH (c:Claim {id: 'C-DNK-13'})-[:ABOUT]->(e)
WHERE e.count = 10 AND e.countQualifier = 'AT_LEAST' AND e.periodYears = 3
RETURN e.name AS event, e.count AS atLeast, e.periodYears AS years, m.name AS mines;
