// Every node search can find, as label and id, for when the search indexes are not there (or the text has no
// letter or digit to look up): reads every Person, Family, Unit, Market, Place and Source whose label is in $labels.
MATCH (n:Person) WHERE 'person' IN $labels RETURN 'person' AS label, n.id AS id
UNION ALL
MATCH (n:Family) WHERE 'family' IN $labels RETURN 'family' AS label, n.id AS id
UNION ALL
MATCH (n:Unit) WHERE 'unit' IN $labels RETURN 'unit' AS label, n.id AS id
UNION ALL
MATCH (n:Market) WHERE 'market' IN $labels RETURN 'market' AS label, n.id AS id
UNION ALL
MATCH (n:Place) WHERE 'place' IN $labels RETURN 'place' AS label, n.id AS id
UNION ALL
MATCH (n:Source) WHERE 'source' IN $labels RETURN 'source' AS label, n.id AS id
