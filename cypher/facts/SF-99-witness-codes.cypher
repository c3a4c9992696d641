// Fact: The COI cited witnesses by codes (e.g. TJH004) and kept identities confidential - the dataset shows protected people only by witness codes.
// Source: S-COI-63-2014 (B)
// Expect: one row: the COI claim and the number of PROTECTED people carrying a W-NNNN witness code
MATCH (c:Claim {id: 'C-COI-WITNESS-CODES'})
MATCH (p:Person {protection: 'PROTECTED'})
WHERE p.witnessCode =~ 'W-[0-9]{4}'
RETURN c.statement AS practice, count(p) AS protectedPeople;
