// Fact: The COI main report (A/HRC/25/63) adds food, housing and marriage to what songbun affects.
// Source: S-COI-63-2014 (B)
// Expect: one row: the FOOD, RESIDENCE and MARRIAGE policies cited to A/HRC/25/63
MATCH (p:Policy)-[:APPLIES_TO]->(:SongbunClass {id: 'WAVERING'})
WHERE p.id IN ['PO-SONGBUN-FOOD', 'PO-SONGBUN-HOUSING', 'PO-SONGBUN-MARRIAGE'] AND 'S-COI-63-2014' IN p.sources
WITH collect(p.domain) AS domains
WHERE size(domains) = 3
RETURN domains;
