// Who traded at one market ($id): one row per TRADES_AT edge with the person (a PROTECTED person by witness code
// only, in every column), the goods, years, and the edge's sources and credibility. Ordered by first year
// (unknown last), then person id.
MATCH (p:Person)-[t:TRADES_AT]->(:Market {id: $id})
RETURN CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode ELSE p.id END AS personId,
       CASE p.protection WHEN 'PROTECTED' THEN p.witnessCode WHEN 'PSEUDONYM' THEN p.name + ' (pseudonym)' ELSE p.name END AS person,
       t.goods AS goods,
       t.`from` AS `from`,
       t.`to` AS `to`,
       t.sources AS sources,
       t.credibility AS credibility
ORDER BY t.`from`, p.id
