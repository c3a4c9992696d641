// Fact: The regime treats quitting as an ideological shortcoming and makes young workers attend more ideological study sessions.
// Source: S-DNK-KAECHON (B), S-DNK-INF-SPYONGAN (F)
// Expect: one row: the PARTY-domain study-session policy applied to the Kaechon mines
MATCH (c:Claim {id: 'C-DNK-23'})-[:ABOUT]->(p:Policy {id: 'PO-IDEOLOGICAL-STUDY'})-[:APPLIES_TO]->(m:Mine {id: 'U-KAECHON-MINES'})
WHERE p.domain = 'PARTY'
RETURN p.statement AS policy, m.name AS mines;
