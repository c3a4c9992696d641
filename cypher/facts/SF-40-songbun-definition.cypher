// Fact: Songbun is a hereditary caste-like ranking by family background and presumed political loyalty.
// Source: S-FEAT-JOBS (F), S-COI-CRP1-2014 (B)
// Expect: one row: the definition claim, corroborated (credibility 1)
MATCH (c:Claim {id: 'C-FEAT-10'})-[:ABOUT]->(k:SongbunClass {id: 'HOSTILE'})
WHERE c.credibility = 1
RETURN c.statement AS claim, c.sources AS sources;
