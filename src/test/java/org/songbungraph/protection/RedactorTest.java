package org.songbungraph.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphTest;
import org.songbungraph.support.TestNeo4j;
import org.springframework.beans.factory.annotation.Autowired;

class RedactorTest extends GraphTest {

    @Autowired
    Redactor redactor;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    /**
     * `check` refuses a plaintext identity, but a script run by hand in cypher-shell is not checked: the redactor is
     * the second line for a protected name that reached the graph that way.
     */
    @Test
    void replacesAProtectedNameLoadedByHandWhateverItsCaseWithTheWitnessCode() {
        try (var session = TestNeo4j.get().driver().session()) {
            session.run("CREATE (:Person {id: 'P-W9901', name: 'Test Byhand-ja', nameKo: '손입력', "
                            + "protection: 'PROTECTED', witnessCode: 'W-9901'})")
                    .consume();
            try {
                assertThat(redactor.redact("seen: Test Byhand-ja, TEST BYHAND-JA, test byhand-ja and 손입력."))
                        .isEqualTo("seen: W-9901, W-9901, W-9901 and W-9901.");
            } finally {
                session.run("MATCH (p:Person {id: 'P-W9901'}) DELETE p").consume();
            }
        }
    }

    @Test
    void leavesOtherTextAlone() {
        String text = "P-SYN-CHONG-08 Chong Example-bin [S-SYN-ILLUSTRATIVE F6] $1 \\\\ (a|b)";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }
}
