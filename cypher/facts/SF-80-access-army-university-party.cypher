// Fact: Songbun decides access to the army, university and the Workers' Party (COI).
// Source: S-COI-CRP1-2014 (B)
// Expect: one row: the MILITARY, EDUCATION and PARTY policies cited to the COI
MATCH (p:Policy)
WHERE p.id IN ['PO-SONGBUN-ARMY', 'PO-SONGBUN-UNIVERSITY', 'PO-SONGBUN-PARTY'] AND 'S-COI-CRP1-2014' IN p.sources
WITH collect(p.domain) AS domains
WHERE all(d IN ['MILITARY', 'EDUCATION', 'PARTY'] WHERE d IN domains)
RETURN domains;
