// Fact: The list has 21 hostile sub-categories, from workers who fell after 1945 to Democratic Party members.
// Source: S-JAWIKI-2006 (D), S-ASIAWATCH-1988 (B)
// Expect: one row: 21 hostile categories including landlords and political prisoners
MATCH (c:SongbunCategory {taxonomy: 'asia-watch-1988'})-[:IN_CLASS]->(:SongbunClass {id: 'HOSTILE'})
WITH collect(c.name) AS names
WHERE size(names) = 21 AND 'landlords' IN names AND 'political prisoners' IN names AND 'Democratic Party members' IN names
RETURN size(names) AS hostile;
