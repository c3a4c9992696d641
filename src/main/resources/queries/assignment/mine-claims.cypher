// Sourced claims to read beside a mine's own figures ($mineId). A claim counts when it is ABOUT the mine, ABOUT a
// place the mine is LOCATED_IN (its district), ABOUT another Mine in that place (the synthetic mine shares the
// Kaechon mining district with the reported 'major mines near Kaechon'), or ABOUT an Event HELD_AT one of those
// mines (the welcome ceremonies). One row per claim with every link that brought it in; claims carrying a figure
// (a value) come first.
MATCH (m:Mine {id: $mineId})
WITH m,
     COLLECT { MATCH (m)-[:LOCATED_IN]->(pl:Place) RETURN DISTINCT pl } AS places,
     [m] + COLLECT { MATCH (m)-[:LOCATED_IN]->(:Place)<-[:LOCATED_IN]-(other:Mine) WHERE other <> m RETURN DISTINCT other } AS mines
CALL (places, mines) {
  UNWIND mines AS mine
  MATCH (c:Claim)-[:ABOUT]->(mine)
  RETURN c, 'about ' + mine.id AS via
  UNION
  UNWIND mines AS mine
  MATCH (c:Claim)-[:ABOUT]->(e:Event)-[:HELD_AT]->(mine)
  RETURN c, 'about ' + e.id + ', held at ' + mine.id AS via
  UNION
  UNWIND places AS place
  MATCH (c:Claim)-[:ABOUT]->(place)
  RETURN c, 'about ' + place.id AS via
}
WITH c, via ORDER BY via
WITH c, collect(via) AS via
RETURN c.id AS id,
       c.statement AS statement,
       c.value AS value,
       c.valueMax AS valueMax,
       c.unit AS unit,
       c.qualifier AS qualifier,
       c.asOf AS asOf,
       c.credibility AS credibility,
       via,
       c.sources AS sources
ORDER BY c.value IS NULL, c.id
