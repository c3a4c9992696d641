// Search candidates: the Person, Family, Unit (mines included), Market, Place and Source nodes whose ids are listed
// under their label in $ids (a map: person -> [ids], ...; from indexed-ids.cypher or every-id.cypher), one row each:
// label, id, the display name, nameKo, the names it may be found by (searchName, witnessCode), whether it is a
// protected person, and with $details true a short detail (list of phrases) and its sources (without: [] and null,
// for ranking many candidates cheaply before the few shown are read again with them).
// A PROTECTED person offers only its witness code and id to match on: its name and nameKo never leave the database,
// so no spelling of the confidential name can find it. The search text itself is matched in Java (see
// search/Romanisation.java); it is not a parameter here because this query fetches candidates, not matches.
UNWIND coalesce($ids.person, []) AS wanted
MATCH (p:Person {id: wanted})
RETURN 'person' AS label, p.id AS id,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END AS name,
       CASE p.protection WHEN 'PROTECTED' THEN null ELSE p.nameKo END AS nameKo,
       CASE p.protection WHEN 'PROTECTED' THEN null ELSE p.name END AS searchName,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode END AS witnessCode,
       coalesce(p.protection = 'PROTECTED', false) AS protected,
       CASE WHEN NOT $details THEN []
            WHEN p.protection = 'PROTECTED' THEN ['protected witness']
            ELSE [x IN ['born ' + toString(p.birthYear),
                        CASE p.protection WHEN 'PSEUDONYM' THEN 'pseudonym' END,
                        CASE WHEN p.synthetic THEN 'synthetic' END] WHERE x IS NOT NULL]
       END AS detail,
       CASE WHEN $details THEN p.sources END AS sources
UNION ALL
UNWIND coalesce($ids.family, []) AS wanted
MATCH (f:Family {id: wanted})
RETURN 'family' AS label, f.id AS id, f.name AS name, f.nameKo AS nameKo, f.name AS searchName, null AS witnessCode,
       false AS protected,
       CASE WHEN $details THEN [x IN [CASE WHEN f.synthetic THEN 'synthetic' END] WHERE x IS NOT NULL] ELSE [] END AS detail,
       CASE WHEN $details THEN f.sources END AS sources
UNION ALL
UNWIND coalesce($ids.unit, []) AS wanted
MATCH (u:Unit {id: wanted})
RETURN 'unit' AS label, u.id AS id, u.name AS name, u.nameKo AS nameKo, u.name AS searchName, null AS witnessCode,
       false AS protected,
       CASE WHEN $details THEN [x IN [u.kind, CASE WHEN u.collective THEN 'collective' END, CASE WHEN u.synthetic THEN 'synthetic' END]
        WHERE x IS NOT NULL] ELSE [] END AS detail,
       CASE WHEN $details THEN u.sources END AS sources
UNION ALL
UNWIND coalesce($ids.market, []) AS wanted
MATCH (m:Market {id: wanted})
RETURN 'market' AS label, m.id AS id, m.name AS name, m.nameKo AS nameKo, m.name AS searchName, null AS witnessCode,
       false AS protected,
       CASE WHEN $details THEN [x IN [CASE WHEN m.collective THEN 'collective' END, CASE WHEN m.synthetic THEN 'synthetic' END]
        WHERE x IS NOT NULL] ELSE [] END AS detail,
       CASE WHEN $details THEN m.sources END AS sources
UNION ALL
UNWIND coalesce($ids.place, []) AS wanted
MATCH (pl:Place {id: wanted})
RETURN 'place' AS label, pl.id AS id, pl.name AS name, pl.nameKo AS nameKo, pl.name AS searchName, null AS witnessCode,
       false AS protected,
       CASE WHEN $details THEN [x IN [pl.kind, CASE WHEN pl.synthetic THEN 'synthetic' END] WHERE x IS NOT NULL] ELSE [] END AS detail,
       CASE WHEN $details THEN pl.sources END AS sources
UNION ALL
// A source is found by its short name only: its title can quote an informant's description, which stands in for a
// protected person's name (S-DNK-INF-LOCAL).
UNWIND coalesce($ids.source, []) AS wanted
MATCH (s:Source {id: wanted})
RETURN 'source' AS label, s.id AS id, s.name AS name, null AS nameKo, s.name AS searchName, null AS witnessCode,
       false AS protected,
       CASE WHEN $details THEN [x IN [coalesce(s.publisher, 'publisher unknown'), coalesce(s.published, 'undated'),
              CASE WHEN s.synthetic THEN 'synthetic' END] WHERE x IS NOT NULL] ELSE [] END AS detail,
       CASE WHEN $details THEN s.sources END AS sources
