// Fact: The Korean labels are 핵심계층, 동요계층 and 적대계층.
// Source: S-COLLINS-2012 (B)
// Expect: three rows: each class with its Korean name
MATCH (k:SongbunClass)
WHERE (k.id = 'CORE' AND k.nameKo = '핵심계층') OR (k.id = 'WAVERING' AND k.nameKo = '동요계층') OR (k.id = 'HOSTILE' AND k.nameKo = '적대계층')
RETURN k.id AS class, k.nameKo AS nameKo;
