// Fact: The US 2018 Trafficking in Persons report lists work assigned by social class as forced labour.
// Source: S-USTIP-2018 (B)
// Expect: one row: the TIP claim cited to the 2018 GOVERNMENT source
MATCH (c:Claim {id: 'C-TIP-2018'})-[:CITES]->(s:Source {kind: 'GOVERNMENT'})
WHERE s.published STARTS WITH '2018'
RETURN c.statement AS claim, s.title AS source;
