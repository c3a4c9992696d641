// Every source's reliability grade (Admiralty A-F) and, for testimony, how its teller knows (DIRECT,
// HEARSAY, ...), for the compact references [S-ID B2] and [S-ID F3 DIRECT] on fact lines.
MATCH (s:Source)
RETURN s.id AS id, s.reliability AS reliability, s.knowledge AS knowledge
