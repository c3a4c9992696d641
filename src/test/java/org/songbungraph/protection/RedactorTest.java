package org.songbungraph.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.songbungraph.load.ShippedData;
import org.songbungraph.support.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;

class RedactorTest extends GraphTest {

    @Autowired
    Redactor redactor;

    @BeforeAll
    static void shippedData() {
        ShippedData.ensureLoaded();
    }

    @Test
    void replacesProtectedNamesWhateverTheirCaseWithTheWitnessCode() {
        assertThat(redactor.redact("seen: Chong Hidden-ja, CHONG HIDDEN-JA, chong hidden-ja and 정숨은자."))
                .isEqualTo("seen: W-0101, W-0101, W-0101 and W-0101.");
    }

    @Test
    void leavesOtherTextAlone() {
        String text = "P-SYN-CHONG-08 Chong Example-bin [S-SYN-ILLUSTRATIVE F2] $1 \\\\ (a|b)";

        assertThat(redactor.redact(text)).isEqualTo(text);
    }
}
