package org.songbungraph.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    // A news story resting on two informants, an aggregator that reprints it and an article quoting both;
    // a UN report; one defector who spoke twice; and an invented source.
    private final SourceNetwork network = new SourceNetwork()
            .source("S-STORY", "B", false)
            .source("S-REPRINT", "F", false)
            .source("S-QUOTING", "F", false)
            .source("S-INF-1", "F", false)
            .source("S-INF-2", "F", false)
            .source("S-UN", "B", false)
            .source("S-DEF-2017", "C", false)
            .source("S-DEF-2019", "C", false)
            .source("S-SYN", "F", true)
            .source("S-SYN-TESTIMONY", "F", true)
            .cites("S-REPRINT", "S-STORY")
            .cites("S-QUOTING", "S-STORY")
            .cites("S-QUOTING", "S-REPRINT")
            .cites("S-STORY", "S-INF-1")
            .cites("S-STORY", "S-INF-2")
            .gave("P-1", "S-INF-1")
            .gave("P-2", "S-INF-2")
            .gave("P-3", "S-DEF-2017")
            .gave("P-3", "S-DEF-2019");

    @Test
    void aReprintAndAnArticleQuotingItAreNotCorroborationOfTheStory() {
        Corroboration c = network.corroborate(List.of("S-STORY", "S-REPRINT", "S-QUOTING"));

        assertThat(c.independent()).isOne();
        assertThat(c.chains()).containsExactly("S-STORY <- S-QUOTING, S-REPRINT (B)");
    }

    @Test
    void aStoryRelayingItsInformantIsOneOriginGradedByTheOutletThatVouchesForIt() {
        Corroboration c = network.corroborate(List.of("S-STORY", "S-INF-1"));

        assertThat(c.independent()).isOne();
        assertThat(c.origins().get(0).witness()).isEqualTo("P-1");
        assertThat(c.best()).isEqualTo('B');
        assertThat(c.chains()).containsExactly("S-INF-1 <- S-STORY (witness P-1, B)");
    }

    @Test
    void twoWitnessesAreTwoOriginsEvenThroughOneOutlet() {
        Corroboration c = network.corroborate(List.of("S-STORY", "S-INF-1", "S-INF-2"));

        assertThat(c.independent()).isEqualTo(2);
        assertThat(c.origins()).extracting(Origin::witness).containsExactly("P-1", "P-2");
    }

    @Test
    void theSameWitnessTwiceIsOneOrigin() {
        Corroboration c = network.corroborate(List.of("S-DEF-2017", "S-DEF-2019"));

        assertThat(c.independent()).isOne();
        assertThat(c.origins().get(0).sources()).containsExactly("S-DEF-2017", "S-DEF-2019");
    }

    @Test
    void aSyntheticSourceNeverCorroboratesARealOne() {
        Corroboration c = network.corroborate(List.of("S-UN", "S-SYN", "S-SYN-TESTIMONY"));

        assertThat(c.independent()).isOne();
        assertThat(c.syntheticOnly()).isFalse();
        assertThat(c.origins()).extracting(Origin::sources).containsExactly(List.of("S-UN"));
    }

    @Test
    void aFactOnSyntheticSourcesAloneHasNoIndependentOrigin() {
        Corroboration c = network.corroborate(List.of("S-SYN", "S-SYN-TESTIMONY"));

        assertThat(c.syntheticOnly()).isTrue();
        assertThat(c.independent()).isZero();
        assertThat(c.chains()).containsExactly("S-SYN (synthetic, F)", "S-SYN-TESTIMONY (synthetic, F)");
    }

    @Test
    void independentDocumentsAreEachAnOrigin() {
        assertThat(network.corroborate(List.of("S-UN", "S-STORY")).independent())
                .isEqualTo(2);
    }

    @Test
    void sourcesCitingEachOtherInALoopStillLeaveOneOrigin() {
        SourceNetwork loop = new SourceNetwork()
                .source("S-A", "C", false)
                .source("S-B", "D", false)
                .cites("S-A", "S-B")
                .cites("S-B", "S-A");

        Corroboration c = loop.corroborate(List.of("S-B", "S-A"));

        assertThat(c.independent()).isOne();
        assertThat(c.chains()).containsExactly("S-A <- S-B (C)");
    }
}
