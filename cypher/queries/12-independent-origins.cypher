// Question: Counting a source that cites (reprints, quotes, relays) another of the claim's sources as that
// source, one witness's testimonies as one origin, and no synthetic source beside a real one, how many
// independent origins support each claim whose id starts with $prefix, and what is each origin's chain?
// Param prefix: 'C-'
// Expect rows: 97
// Expect row: {claim: 'C-MARRIAGE-NO-RULE', independentOrigins: 4}
// Expect row: {claim: 'C-VOA-01', independentOrigins: 1}

MATCH (c:Claim) WHERE c.id STARTS WITH $prefix
CALL (c) {
  MATCH (s:Source) WHERE s.id IN c.sources
  WITH collect(s) AS given
  WITH CASE WHEN any(s IN given WHERE NOT s.synthetic) THEN [s IN given WHERE NOT s.synthetic] ELSE given END AS considered
  UNWIND considered AS s
  WITH considered, s
  WHERE NOT any(t IN considered WHERE t <> s AND EXISTS { (s)-[:CITES*1..]->(t) }
                AND (NOT EXISTS { (t)-[:CITES*1..]->(s) } OR t.id < s.id))
  OPTIONAL MATCH (w:Person)-[:GAVE]->(s)
  WITH considered, s, min(CASE w.protection WHEN 'PROTECTED' THEN w.witnessCode ELSE w.id END) AS witness
  WITH coalesce('witness ' + witness, s.id) AS origin, considered, collect(s) AS own
  RETURN origin,
         [x IN own | x.id] + [r IN considered WHERE NOT r IN own AND any(x IN own WHERE EXISTS { (r)-[:CITES*1..]->(x) }) | r.id] AS chain,
         all(x IN own WHERE x.synthetic) AS synthetic
}
WITH c, collect({origin: origin, chain: chain, synthetic: synthetic}) AS origins
RETURN c.id AS claim, c.credibility AS credibility,
       CASE WHEN all(o IN origins WHERE o.synthetic) THEN 0 ELSE size(origins) END AS independentOrigins,
       [o IN origins | o.origin + ': ' + reduce(text = '', id IN o.chain | text + CASE text WHEN '' THEN '' ELSE ' <- ' END + id)] AS chains
ORDER BY independentOrigins, claim
