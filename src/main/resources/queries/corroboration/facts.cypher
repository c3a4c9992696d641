// Every graded fact that is evidence: each Claim (with how its teller knows) and Policy with a credibility, and each relationship with one
// apart from CITES and ABOUT, which only record what a claim or document points at. A protected person at
// either end of a relationship is shown by witness code only.
CALL () {
  MATCH (n)
  WHERE (n:Claim OR n:Policy) AND n.credibility IS NOT NULL
  RETURN CASE WHEN n:Claim THEN 'Claim' ELSE 'Policy' END AS kind, n.id AS id, null AS start, null AS end,
         n.credibility AS credibility, n.gradeNote AS gradeNote, n.knowledge AS knowledge,
         coalesce(n.sources, []) AS sources
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE r.credibility IS NOT NULL AND NOT type(r) IN ['CITES', 'ABOUT']
  RETURN type(r) AS kind, r.id AS id,
         CASE a.protection WHEN 'PROTECTED' THEN a.witnessCode ELSE a.id END AS start,
         CASE b.protection WHEN 'PROTECTED' THEN b.witnessCode ELSE b.id END AS end,
         r.credibility AS credibility, r.gradeNote AS gradeNote, null AS knowledge,
         coalesce(r.sources, []) AS sources
}
RETURN kind, id, start, end, credibility, gradeNote, knowledge, sources
ORDER BY kind, id
