// Fact: The list has 18 wavering sub-categories, including three separate groups of families of those who went to the South.
// Source: S-JAWIKI-2006 (D), S-ASIAWATCH-1988 (B)
// Expect: one row: 18 wavering categories, three of them from source item 7
MATCH (c:SongbunCategory {taxonomy: 'asia-watch-1988'})-[:IN_CLASS]->(:SongbunClass {id: 'WAVERING'})
WITH collect(c) AS cats
WITH cats, [x IN cats WHERE x.sourceItem = '7' AND x.name STARTS WITH 'families of those who went to the South'] AS south
WHERE size(cats) = 18 AND size(south) = 3
RETURN size(cats) AS wavering, [x IN south | x.name] AS wentSouthGroups;
