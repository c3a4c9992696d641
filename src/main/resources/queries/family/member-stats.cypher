// For every family: its members' ids (for the songbun derivation; never printed for a protected person),
// how many members it has, the first and last birth year among them, and how many generations its longest
// CHILD_OF line between members spans.
MATCH (f:Family)
CALL (f) {
  OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(f)
  RETURN collect(p.id) AS memberIds, count(p) AS members, min(p.birthYear) AS firstBorn, max(p.birthYear) AS lastBorn
}
CALL (f) {
  OPTIONAL MATCH line = (:Person)-[:CHILD_OF*1..12]->(:Person)
  WHERE all(x IN nodes(line) WHERE EXISTS { (x)-[:MEMBER_OF]->(f) })
  RETURN max(length(line)) AS longestLine
}
RETURN f.id AS id, memberIds, members, firstBorn, lastBorn,
       CASE WHEN members = 0 THEN 0 ELSE coalesce(longestLine, 0) + 1 END AS generations
ORDER BY f.id
