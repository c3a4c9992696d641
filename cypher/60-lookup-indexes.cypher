// songbun-graph load script. Runs after the data: indexes that the analyst commands look nodes up by, so that a
// command reads what it shows, not the whole graph, at a million people (issue 6).
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Protected people are shown by witness code, and every command takes that code wherever it takes a person id.
CREATE INDEX person_witness_code IF NOT EXISTS FOR (n:Person) ON (n.witnessCode);
// `search` asks the following for its candidates and ranks only those (search/NameSearch.java, docs/romanisation.md).
// One full-text index per searchable label, so a name shared by a million people cannot crowd a family, unit,
// market, place or source out of the candidates. They index the search keys that `load` writes after these
// scripts (search/SearchKeys.java): each name's pieces as typed and each word's romanisation skeleton, already
// folded, so the whitespace analyzer keeps them as they are. Loaded by cypher-shell alone, nodes have no keys yet
// and search reads every name instead, until the next `load`.
CREATE FULLTEXT INDEX search_keys_person IF NOT EXISTS FOR (n:Person) ON EACH [n.searchWords, n.searchSkeletons]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX search_keys_family IF NOT EXISTS FOR (n:Family) ON EACH [n.searchWords, n.searchSkeletons]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX search_keys_unit IF NOT EXISTS FOR (n:Unit) ON EACH [n.searchWords, n.searchSkeletons]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX search_keys_market IF NOT EXISTS FOR (n:Market) ON EACH [n.searchWords, n.searchSkeletons]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX search_keys_place IF NOT EXISTS FOR (n:Place) ON EACH [n.searchWords, n.searchSkeletons]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX search_keys_source IF NOT EXISTS FOR (n:Source) ON EACH [n.searchWords, n.searchSkeletons]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
// The name indexes of earlier versions, which search asked with regular expressions: no longer read.
DROP INDEX search_person IF EXISTS;
DROP INDEX search_family IF EXISTS;
DROP INDEX search_unit IF EXISTS;
DROP INDEX search_market IF EXISTS;
DROP INDEX search_place IF EXISTS;
DROP INDEX search_source IF EXISTS;
// Ids are found by any part of them (search G00012): a text index answers CONTAINS without reading every id.
CREATE TEXT INDEX search_person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE TEXT INDEX search_family_id IF NOT EXISTS FOR (n:Family) ON (n.id);
CREATE TEXT INDEX search_unit_id IF NOT EXISTS FOR (n:Unit) ON (n.id);
CREATE TEXT INDEX search_market_id IF NOT EXISTS FOR (n:Market) ON (n.id);
CREATE TEXT INDEX search_place_id IF NOT EXISTS FOR (n:Place) ON (n.id);
CREATE TEXT INDEX search_source_id IF NOT EXISTS FOR (n:Source) ON (n.id);
