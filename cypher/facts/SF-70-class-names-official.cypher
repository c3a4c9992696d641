// Fact: North Korea's official labels are 기본군중 / 복잡한 군중 / 적대계급잔여분자 (basic masses / complex masses / hostile-class remnants).
// Source: S-ASIAPRESS-NKREPORT-12099 (B)
// Expect: three rows: each class with its official name, cited to ASIAPRESS
MATCH (c:Claim {id: 'C-NKREPORT-01'})-[:ABOUT]->(k:SongbunClass)
WHERE k.nameOfficial IN ['기본군중', '복잡한 군중', '적대계급잔여분자'] AND 'S-ASIAPRESS-NKREPORT-12099' IN k.sources
RETURN k.id AS class, k.nameOfficial AS official, k.nameOfficialEn AS english;
