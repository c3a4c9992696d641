// The searchable nodes whose search keys are missing or were made from other names (search/SearchKeys.java):
// label, id, the names keys are made from, and keysOf, what the keys are made from, recorded with them.
// A PROTECTED person is found only by its witness code and id, so its name and nameKo are never read here:
// neither they nor any form of them is written into its keys.
MATCH (n:Person)
WITH n, CASE n.protection WHEN 'PROTECTED' THEN 'protected ' + coalesce(n.witnessCode, '')
        ELSE 'named ' + coalesce(n.name, '') + '|' + coalesce(n.nameKo, '') END AS keysOf
WHERE n.searchKeysOf IS NULL OR n.searchKeysOf <> keysOf
RETURN 'person' AS label, n.id AS id, n.protection = 'PROTECTED' AS protected,
       CASE n.protection WHEN 'PROTECTED' THEN null ELSE n.name END AS name,
       CASE n.protection WHEN 'PROTECTED' THEN null ELSE n.nameKo END AS nameKo,
       CASE n.protection WHEN 'PROTECTED' THEN n.witnessCode END AS witnessCode, keysOf
UNION ALL
MATCH (n:Family)
WITH n, 'named ' + coalesce(n.name, '') + '|' + coalesce(n.nameKo, '') AS keysOf
WHERE n.searchKeysOf IS NULL OR n.searchKeysOf <> keysOf
RETURN 'family' AS label, n.id AS id, false AS protected, n.name AS name, n.nameKo AS nameKo, null AS witnessCode, keysOf
UNION ALL
MATCH (n:Unit)
WITH n, 'named ' + coalesce(n.name, '') + '|' + coalesce(n.nameKo, '') AS keysOf
WHERE n.searchKeysOf IS NULL OR n.searchKeysOf <> keysOf
RETURN 'unit' AS label, n.id AS id, false AS protected, n.name AS name, n.nameKo AS nameKo, null AS witnessCode, keysOf
UNION ALL
MATCH (n:Market)
WITH n, 'named ' + coalesce(n.name, '') + '|' + coalesce(n.nameKo, '') AS keysOf
WHERE n.searchKeysOf IS NULL OR n.searchKeysOf <> keysOf
RETURN 'market' AS label, n.id AS id, false AS protected, n.name AS name, n.nameKo AS nameKo, null AS witnessCode, keysOf
UNION ALL
MATCH (n:Place)
WITH n, 'named ' + coalesce(n.name, '') + '|' + coalesce(n.nameKo, '') AS keysOf
WHERE n.searchKeysOf IS NULL OR n.searchKeysOf <> keysOf
RETURN 'place' AS label, n.id AS id, false AS protected, n.name AS name, n.nameKo AS nameKo, null AS witnessCode, keysOf
UNION ALL
// A source is found by its short name only (search/candidates.cypher says why).
MATCH (n:Source)
WITH n, 'named ' + coalesce(n.name, '') + '|' AS keysOf
WHERE n.searchKeysOf IS NULL OR n.searchKeysOf <> keysOf
RETURN 'source' AS label, n.id AS id, false AS protected, n.name AS name, null AS nameKo, null AS witnessCode, keysOf
