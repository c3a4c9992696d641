// Every source's reliability grade (Admiralty A-F), for the compact references [S-ID B2] on fact lines.
MATCH (s:Source)
RETURN s.id AS id, s.reliability AS reliability
