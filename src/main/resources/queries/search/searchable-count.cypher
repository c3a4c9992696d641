// How many nodes search can find, from the count store (no scan): the size of the search-keys pass.
CALL () { MATCH (n:Person) RETURN count(n) AS c
  UNION ALL MATCH (n:Family) RETURN count(n) AS c
  UNION ALL MATCH (n:Unit) RETURN count(n) AS c
  UNION ALL MATCH (n:Market) RETURN count(n) AS c
  UNION ALL MATCH (n:Place) RETURN count(n) AS c
  UNION ALL MATCH (n:Source) RETURN count(n) AS c }
RETURN sum(c) AS nodes
