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
