// Fact: Ji-Hoon* was ordered to a textile plant outside Pyongyang and told to bring his state ID card and work record book.
// Source: S-FEAT-JOBS (F)
// Expect: one row: Ji-Hoon*'s ASSIGNED_TO the textile factory with both documents
MATCH (p:Person {id: 'P-JIHOON'})-[a:ASSIGNED_TO]->(u:Unit {kind: 'FACTORY'})
WHERE u.name CONTAINS 'Textile' AND 'work record book' IN a.documents AND 'government-issued ID' IN a.documents
RETURN p.name AS person, u.name AS unit, a.documents AS documents, a.assignedBy AS assignedBy;
