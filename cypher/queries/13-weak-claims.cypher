// Question: Grading each origin by the best source along its chain (an outlet lends its grade to the
// informant it vouches for), which real claims rest on a single independent origin, or only on origins
// graded $low (the shell's `weak` lists relationships too)?
// Param low: ['D', 'E', 'F']
// Expect rows: 88
// Expect row: {claim: 'C-FEAT-22', independentOrigins: 1}

MATCH (c:Claim) WHERE NOT c.synthetic
CALL (c) {
  MATCH (s:Source) WHERE s.id IN c.sources AND NOT s.synthetic
  WITH collect(s) AS considered
  UNWIND considered AS s
  WITH considered, s
  WHERE NOT any(t IN considered WHERE t <> s AND EXISTS { (s)-[:CITES*1..]->(t) }
                AND (NOT EXISTS { (t)-[:CITES*1..]->(s) } OR t.id < s.id))
  OPTIONAL MATCH (w:Person)-[:GAVE]->(s)
  WITH considered, s, min(w.id) AS witness
  WITH coalesce(witness, s.id) AS origin, considered, collect(s) AS own
  WITH origin, own + [r IN considered WHERE NOT r IN own AND any(x IN own WHERE EXISTS { (r)-[:CITES*1..]->(x) })] AS chain
  RETURN origin, reduce(best = 'F', x IN chain | CASE WHEN x.reliability < best THEN x.reliability ELSE best END) AS grade
}
WITH c, collect(origin) AS origins, collect(grade) AS grades
WHERE size(origins) <= 1 OR all(g IN grades WHERE g IN $low)
RETURN c, c.id AS claim, c.credibility AS credibility, size(origins) AS independentOrigins, grades, c.statement AS statement
ORDER BY claim
