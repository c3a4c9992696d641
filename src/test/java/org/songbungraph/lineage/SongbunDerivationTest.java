package org.songbungraph.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The derivation rule of docs/model.md, on each shipped synthetic family. */
class SongbunDerivationTest extends GraphTest {

    @Autowired
    SongbunDerivation derivation;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void tracesHostileClassFromGrandfathersDefection() {
        Derivation grandson = derivation.forPerson("P-SYN-PAK-08").orElseThrow();

        assertThat(grandson.isDocumented()).isFalse();
        Derivation.Inherited inherited = grandson.inherited().orElseThrow();
        assertThat(inherited.ancestorId()).isEqualTo("P-SYN-PAK-01");
        assertThat(inherited.generations()).isEqualTo(3);
        assertThat(inherited.path()).containsExactly("P-SYN-PAK-08", "P-SYN-PAK-05", "P-SYN-PAK-03", "P-SYN-PAK-01");
        assertThat(inherited.classification().category()).isEqualTo("CAT-AW88-H14");
        assertThat(inherited.classification().taxonomy()).isEqualTo("asia-watch-1988");
        assertThat(inherited.classification().songbunClass()).isEqualTo("HOSTILE");
        assertThat(inherited.classification().basis()).isEqualTo("OWN_ACT");
        assertThat(inherited.classification().act()).contains("South");
        assertThat(inherited.classification().year()).isEqualTo(1950);
        assertThat(inherited.sources()).contains("S-SYN-ILLUSTRATIVE");
        assertThat(grandson.effectiveClass()).contains("HOSTILE");
        assertThat(grandson.contradicts()).isFalse();
    }

    @Test
    void aDaughterInheritsThroughHerFatherAndAWifeDoesNotInheritThroughMarriage() {
        List<Derivation> family = derivation.forPeople(List.of("P-SYN-PAK-09", "P-SYN-PAK-07"));
        Derivation daughter = family.stream()
                .filter(d -> d.personId().equals("P-SYN-PAK-09"))
                .findFirst()
                .orElseThrow();
        Derivation wife = family.stream()
                .filter(d -> d.personId().equals("P-SYN-PAK-07"))
                .findFirst()
                .orElseThrow();

        assertThat(daughter.inherited().orElseThrow().ancestorId()).isEqualTo("P-SYN-PAK-01");
        assertThat(daughter.effectiveClass()).contains("HOSTILE");
        assertThat(wife.isDocumented()).isFalse();
        assertThat(wife.inherited()).isEmpty();
        assertThat(wife.effectiveClass()).as("no default class is assumed").isEmpty();
    }

    @Test
    void derivesCoreFromTheRevolutionarysDocumentedSon() {
        Derivation grandson = derivation.forPerson("P-SYN-KIM-08").orElseThrow();
        Derivation revolutionary = derivation.forPerson("P-SYN-KIM-01").orElseThrow();

        assertThat(grandson.inherited().orElseThrow().ancestorId()).isEqualTo("P-SYN-KIM-03");
        assertThat(grandson.inherited().orElseThrow().path())
                .containsExactly("P-SYN-KIM-08", "P-SYN-KIM-05", "P-SYN-KIM-03");
        assertThat(grandson.inherited().orElseThrow().classification().category())
                .isEqualTo("CAT-AW88-C06");
        assertThat(grandson.effectiveClass()).contains("CORE");
        assertThat(revolutionary.effectiveClass())
                .as("nothing documented for him or above him")
                .isEmpty();
    }

    @Test
    void derivesWaveringForReturneesGrandchildrenAndShowsTheProtectedWitnessByCodeOnly() {
        Derivation boy = derivation.forPerson("P-SYN-CHONG-08").orElseThrow();
        Derivation witness = derivation.forPerson("P-W0101").orElseThrow();

        assertThat(boy.inherited().orElseThrow().path())
                .containsExactly("P-SYN-CHONG-08", "P-SYN-CHONG-06", "P-SYN-CHONG-03", "P-SYN-CHONG-01");
        assertThat(boy.inherited().orElseThrow().classification().category()).isEqualTo("CAT-AW88-W13");
        assertThat(boy.effectiveClass()).contains("WAVERING");
        assertThat(witness.name()).isEqualTo("W-0101");
        assertThat(witness.effectiveClass()).contains("WAVERING");
    }

    @Test
    void keepsAndFlagsADocumentedClassificationThatContradictsTheDerivedOne() {
        Derivation reclassified = derivation.forPerson("P-SYN-RYU-05").orElseThrow();

        assertThat(reclassified.isDocumented()).isTrue();
        assertThat(reclassified.documented()).singleElement().satisfies(own -> {
            assertThat(own.category()).isEqualTo("CAT-AW88-C01");
            assertThat(own.songbunClass()).isEqualTo("CORE");
            assertThat(own.basis()).isEqualTo("RECLASSIFIED");
            assertThat(own.year()).isEqualTo(1984);
        });
        Derivation.Inherited inherited = reclassified.inherited().orElseThrow();
        assertThat(inherited.ancestorId()).isEqualTo("P-SYN-RYU-01");
        assertThat(inherited.classification().category()).isEqualTo("CAT-AW88-H03");
        assertThat(inherited.classification().songbunClass()).isEqualTo("HOSTILE");
        assertThat(reclassified.contradicts()).isTrue();
        assertThat(reclassified.contradictsClass()).isTrue();
    }

    @Test
    void childrenOfAReclassifiedFatherDeriveFromHimAsTheNearestDocumentedAncestor() {
        Derivation son = derivation.forPerson("P-SYN-RYU-07").orElseThrow();

        assertThat(son.inherited().orElseThrow().ancestorId()).isEqualTo("P-SYN-RYU-05");
        assertThat(son.inherited().orElseThrow().generations()).isEqualTo(1);
        assertThat(son.effectiveClass()).contains("CORE");
        assertThat(son.contradicts()).isFalse();
    }

    @Test
    void neverFollowsTheMaternalLine() {
        try (var session = neo4j().driver().session()) {
            session.run("""
                    CREATE (mother:Person {id: 'P-TEST-MOTHER', name: 'Test mother', protection: 'PUBLIC', synthetic: true})
                    CREATE (child:Person {id: 'P-TEST-CHILD', name: 'Test child', protection: 'PUBLIC', synthetic: true})
                    CREATE (child)-[:CHILD_OF {line: 'MATERNAL'}]->(mother)
                    WITH mother MATCH (cat:SongbunCategory {id: 'CAT-AW88-H03'})
                    CREATE (mother)-[:CLASSIFIED_AS {basis: 'OWN_ACT', year: 1946}]->(cat)""").consume();
            try {
                Derivation child = derivation.forPerson("P-TEST-CHILD").orElseThrow();

                assertThat(child.inherited()).isEmpty();
                assertThat(child.effectiveClass()).isEmpty();
            } finally {
                session.run("MATCH (p:Person) WHERE p.id IN ['P-TEST-MOTHER', 'P-TEST-CHILD'] DETACH DELETE p")
                        .consume();
            }
        }
    }
}
