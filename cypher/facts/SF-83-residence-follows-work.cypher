// Fact: Where people live follows where they are assigned to work.
// Source: S-COI-CRP1-2014 (B), S-DNK-KAECHON (B)
// Expect: one row: the RESIDENCE policy, corroborated (credibility 1)
MATCH (p:Policy {id: 'PO-RESIDENCE-FOLLOWS-WORK'})
WHERE p.domain = 'RESIDENCE' AND p.credibility = 1 AND 'S-COI-CRP1-2014' IN p.sources
RETURN p.statement AS policy;
