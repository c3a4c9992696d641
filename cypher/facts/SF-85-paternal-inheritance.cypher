// Fact: Songbun passes down the father's line (NK News, 2015).
// Source: S-NKNEWS-2015 (B)
// Expect: one row: the paternal-inheritance claim cited to NK News 2015
MATCH (c:Claim {id: 'C-NKNEWS-PATERNAL'})-[:CITES]->(s:Source {publisher: 'NK News'})
WHERE s.published STARTS WITH '2015'
RETURN c.statement AS claim, s.published AS published;
