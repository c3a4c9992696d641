// Fact: Article 70 of the constitution promises free choice of occupation by wishes and skills, but the promise is not kept in practice.
// Source: S-DPRK-CONST-ART70 (A), S-FEAT-JOBS (F)
// Expect: one row: the LAW source, its claim and the contradicting practice claim
MATCH (law:Source {id: 'S-DPRK-CONST-ART70'})<-[:CITES]-(c:Claim {id: 'C-CONST-70'})
MATCH (p:Claim {id: 'C-FEAT-14'})
WHERE law.kind = 'LAW' AND law.reference = 'Art. 70' AND p.id IN c.contradicts
RETURN law.title AS law, c.statement AS promise, p.statement AS practice;
