// Fact: An inminban (인민반) is a neighbourhood unit of 20-50 households led by someone with good songbun (38 North, 2020).
// Source: S-38NORTH-2020 (B)
// Expect: one row: the inminban unit with the 20-50 household range
MATCH (c:Claim {id: 'C-38N-INMINBAN'})-[:ABOUT]->(u:Unit {kind: 'INMINBAN'})
MATCH (p:Policy {id: 'PO-INMINBAN-LEADER'})-[:APPLIES_TO]->(u)
WHERE c.value = 20 AND c.valueMax = 50 AND u.nameKo = '인민반'
RETURN u.name AS unit, c.value AS minHouseholds, c.valueMax AS maxHouseholds, p.statement AS leadership;
