// Question: Which policies apply to one songbun class, in which domain of life, and how credible is each?
// Param class: 'HOSTILE'
// Expect rows: 16
// Expect row: {policy: 'PO-HOSTILE-NE-ASSIGNMENT', domain: 'EMPLOYMENT', credibility: 2}

MATCH path = (po:Policy)-[a:APPLIES_TO]->(k:SongbunClass {id: $class})
RETURN path,
       po.id AS policy, po.domain AS domain, po.name AS name, a.credibility AS credibility, a.sources AS sources
ORDER BY domain, policy
