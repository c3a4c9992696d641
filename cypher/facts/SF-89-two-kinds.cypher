// Fact: Hereditary origin is 출신성분 (chulsin songbun) - one's own social status is 사회성분 (sahoe songbun).
// Source: S-COLLINS-2012 (B)
// Expect: one row: the two claims with their Korean terms
MATCH (a:Claim {id: 'C-CHULSIN'}), (b:Claim {id: 'C-SAHOE'})
WHERE a.statement CONTAINS '출신성분' AND b.statement CONTAINS '사회성분'
RETURN a.statement AS chulsin, b.statement AS sahoe;
