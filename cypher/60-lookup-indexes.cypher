// songbun-graph load script. Runs after the data: indexes that the analyst commands look nodes up by, so that a
// command reads what it shows, not the whole graph, at a million people (issue 6).
// Plain Cypher only. Each statement ends with a semicolon and runs in its own auto-commit transaction.
// Protected people are shown by witness code, and every command takes that code wherever it takes a person id.
CREATE INDEX person_witness_code IF NOT EXISTS FOR (n:Person) ON (n.witnessCode);
// `search` asks the following for its candidates and ranks only those (search/NameSearch.java, docs/romanisation.md).
// One full-text index per searchable label, so a name shared by a million people cannot crowd a family, unit,
// market, place or source out of the candidates. standard-no-stop-words lower-cases and keeps every word (the
// folding analyzer drops English stop words, the surname I among them), so search asks for a folded letter in all
// its accented forms. A source is found by its short name only.
CREATE FULLTEXT INDEX search_person IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.nameKo, n.witnessCode]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX search_family IF NOT EXISTS FOR (n:Family) ON EACH [n.name, n.nameKo]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX search_unit IF NOT EXISTS FOR (n:Unit) ON EACH [n.name, n.nameKo]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX search_market IF NOT EXISTS FOR (n:Market) ON EACH [n.name, n.nameKo]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX search_place IF NOT EXISTS FOR (n:Place) ON EACH [n.name, n.nameKo]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
CREATE FULLTEXT INDEX search_source IF NOT EXISTS FOR (n:Source) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
// Ids are found by any part of them (search G00012): a text index answers CONTAINS without reading every id.
CREATE TEXT INDEX search_person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE TEXT INDEX search_family_id IF NOT EXISTS FOR (n:Family) ON (n.id);
CREATE TEXT INDEX search_unit_id IF NOT EXISTS FOR (n:Unit) ON (n.id);
CREATE TEXT INDEX search_market_id IF NOT EXISTS FOR (n:Market) ON (n.id);
CREATE TEXT INDEX search_place_id IF NOT EXISTS FOR (n:Place) ON (n.id);
CREATE TEXT INDEX search_source_id IF NOT EXISTS FOR (n:Source) ON (n.id);
