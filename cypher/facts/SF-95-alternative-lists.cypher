// Fact: Other lists differ: Lankov (2005) gives 12 core groups in other wording, and a North Korean reference book lists 13 'basic masses' groups.
// Source: S-LANKOV-2005 (B), S-NK-REFBOOK (C)
// Expect: two rows: the Lankov (12) and reference-book (13) claims, each contradicting the asia-watch count claim
MATCH (alt:Claim)-[:ABOUT]->(:SongbunClass {id: 'CORE'})
MATCH (aw:Claim {id: 'C-AW88-CORE'})
WHERE alt.id IN ['C-LANKOV-CORE', 'C-NKREF-BASIC'] AND aw.id IN alt.contradicts
RETURN alt.id AS claim, alt.value AS groups, alt.sources AS sources;
