// Fact: Two items are uncertain because a transcription reads otherwise: Confucianists and former local notables (wavering) and dismissed officials (hostile).
// Source: S-JAWIKI-2006 (D)
// Expect: two rows: the two categories flagged uncertain
MATCH (c:SongbunCategory {taxonomy: 'asia-watch-1988', uncertain: true})-[:IN_CLASS]->(k:SongbunClass)
WHERE c.name IN ['Confucianists and former local notables', 'dismissed officials']
RETURN c.id AS id, c.name AS category, k.id AS class;
