// Whom and what one unit ($unitId) watches: every SURVEILS edge out of it, to a person (a PROTECTED person by
// witness code only, in every column), a unit or a market, with the means, years (and any more precise dates), sources and credibility.
// Ordered by kind of target (people, units, markets), first year (unknown last), then target id.
MATCH (:Unit {id: $unitId})-[s:SURVEILS]->(t)
RETURN CASE t.protection WHEN 'PROTECTED' THEN t.witnessCode ELSE t.id END AS targetId,
       CASE t.protection WHEN 'PROTECTED' THEN t.witnessCode WHEN 'PSEUDONYM' THEN t.name + ' (pseudonym)' ELSE t.name END AS target,
       CASE WHEN t:Person THEN 'PERSON' WHEN t:Market THEN 'MARKET' ELSE t.kind END AS kind,
       s.means AS means,
       s.`from` AS `from`,
       s.`to` AS `to`,
       s.fromDate AS fromDate,
       s.toDate AS toDate,
       s.dateQualifier AS dateQualifier,
       s.sources AS sources,
       s.credibility AS credibility
ORDER BY CASE WHEN t:Person THEN 0 WHEN t:Unit THEN 1 ELSE 2 END, s.`from`, t.id
