// Fact: Songbun has three classes: core, wavering and hostile.
// Source: S-COLLINS-2012 (B), S-COI-CRP1-2014 (B)
// Expect: one row with the three English class names
MATCH (k:SongbunClass)
WHERE k.id IN ['CORE', 'WAVERING', 'HOSTILE']
WITH collect(k.nameEn) AS names
WHERE size(names) = 3 AND all(n IN ['core', 'wavering', 'hostile'] WHERE n IN names)
RETURN names;
