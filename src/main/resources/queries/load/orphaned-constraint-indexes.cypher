// Indexes that carry the name of one of the scripts' constraints but belong to no constraint. Neo4j builds a
// constraint's index first and creates the constraint after; a process killed in between leaves the index alone,
// and `CREATE CONSTRAINT … IF NOT EXISTS` then fails on the name.
SHOW INDEXES YIELD name, owningConstraint
WHERE name IN $constraintNames AND owningConstraint IS NULL
RETURN name
ORDER BY name
