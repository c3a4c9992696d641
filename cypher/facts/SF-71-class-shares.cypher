// Fact: Collins (HRNK 2012) estimates about 28% core, 45% wavering and 27% hostile.
// Source: S-COLLINS-2012 (B)
// Expect: one row: the three shares with their source
MATCH (c:SongbunClass {id: 'CORE'}), (w:SongbunClass {id: 'WAVERING'}), (h:SongbunClass {id: 'HOSTILE'})
MATCH (x:Claim {id: 'C-COLLINS-SHARE-WAVERING'})-[:ABOUT]->(w)
WHERE c.share = 0.28 AND w.share = 0.45 AND h.share = 0.27 AND c.shareSource = 'S-COLLINS-2012' AND x.value = 45
RETURN c.share AS core, w.share AS wavering, h.share AS hostile, c.shareSource AS source;
