// Question: What does a family's trace look like as a graph: its people, lineage, classifications, life course,
// watchers and the policies that apply (what `trace --browser` prints, with the ids filled in)?
// Param ids: ['P-SYN-CHONG-01', 'P-SYN-CHONG-02', 'P-SYN-CHONG-03', 'P-SYN-CHONG-04', 'P-SYN-CHONG-06', 'P-W0101', 'P-SYN-CHONG-07', 'P-SYN-CHONG-08']
// Param targets: ['WAVERING', 'CAT-AW88-W13']
// Expect rows: 1
// Expect row: {people: 8, families: 8, kin: 11, songbun: 2, life: 16, watchers: 0, policies: 13}

// The subgraph a trace describes, for Neo4j Browser: the people in $ids, their family, lineage and
// marriages inside the set, documented classifications up to the class, life-course edges, watchers with
// the reporting chains above them (an informant's starting from their own unit, as `surveillance` shows),
// and the policies that apply to the classes and categories in $targets.
MATCH (p:Person) WHERE p.id IN $ids
WITH collect(p) AS people
RETURN people,
  COLLECT { UNWIND people AS p MATCH path = (p)-[:MEMBER_OF]->(:Family) RETURN path } AS families,
  COLLECT { UNWIND people AS p MATCH path = (p)-[:CHILD_OF|MARRIED_TO]->(q:Person) WHERE q.id IN $ids RETURN path } AS kin,
  COLLECT { UNWIND people AS p MATCH path = (p)-[:CLASSIFIED_AS]->(:SongbunCategory)-[:IN_CLASS]->(:SongbunClass) RETURN path } AS songbun,
  COLLECT { UNWIND people AS p MATCH path = (p)-[:ASSIGNED_TO|SERVED_IN|STUDIED_AT|DENIED|LIVES_IN|DETAINED_IN|TRADES_AT]->() RETURN path } AS life,
  COLLECT { UNWIND people AS p MATCH path = (p)<-[:SURVEILS]-()-[:ASSIGNED_TO|REPORTS_TO*0..12]->() RETURN path } AS watchers,
  COLLECT { MATCH path = (:Policy)-[:APPLIES_TO]->(t) WHERE (t:SongbunClass OR t:SongbunCategory) AND t.id IN $targets RETURN path } AS policies
