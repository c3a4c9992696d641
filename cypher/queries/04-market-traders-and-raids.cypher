// Question: Who trades at a market, what do they sell, and which units raided or watch it?
// Param market: 'MK-SYN-KAECHON'
// Expect rows: 4
// Expect row: {who: 'W-0101', link: 'TRADES_AT', detail: ['vegetables', 'homebrewed alcohol']}
// Expect row: {who: 'U-SYN-SECURITY', link: 'RAIDED', from: 2024}

MATCH (m:Market {id: $market})
CALL (m) {
  MATCH (x)-[r:TRADES_AT|RAIDED|SURVEILS]->(m)
  RETURN x, r
}
RETURN x, r, m,
       CASE x.protection WHEN 'PROTECTED' THEN x.witnessCode ELSE x.id END AS who,
       type(r) AS link, coalesce(r.goods, r.means, r.note) AS detail, r.`from` AS `from`, r.`to` AS `to`,
       r.sources AS sources, r.credibility AS credibility
ORDER BY link DESC, who
