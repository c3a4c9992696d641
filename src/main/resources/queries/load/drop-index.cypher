// Drops one index by name (a leftover found by orphaned-constraint-indexes.cypher).
DROP INDEX $name IF EXISTS
