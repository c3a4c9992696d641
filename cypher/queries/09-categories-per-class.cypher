// Question: How many categories does a published songbun taxonomy put in each class, and what share of the
// population is each class estimated at?
// Param taxonomy: 'asia-watch-1988'
// Expect rows: 3
// Expect row: {class: 'CORE', categories: 12}
// Expect row: {class: 'WAVERING', categories: 18}
// Expect row: {class: 'HOSTILE', categories: 21}

MATCH (cat:SongbunCategory {taxonomy: $taxonomy})-[:IN_CLASS]->(k:SongbunClass)
RETURN k.id AS class, k.rank AS rank, count(cat) AS categories, k.share AS share, k.shareSource AS shareSource
ORDER BY rank
