package org.songbungraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;

class ParametersTest {

    @Test
    void readsCypherLiteralsAsTypedValues() {
        Map<String, Object> params = Parameters.parse(List.of(
                "year=1966", "share=0.27", "uncertain=true", "ids=['P-1', 'P-2']", "nothing=null", "quoted='Kaechon'"));

        assertThat(params)
                .containsEntry("year", 1966L)
                .containsEntry("share", 0.27)
                .containsEntry("uncertain", true)
                .containsEntry("ids", List.of("P-1", "P-2"))
                .containsEntry("nothing", null)
                .containsEntry("quoted", "Kaechon");
    }

    @Test
    void takesTextThatIsNotALiteralAsAPlainString() {
        Map<String, Object> params =
                Parameters.parse(List.of("name=Ji-Hoon*", "q=' OR 1=1 //", "x=}) DETACH DELETE n //", "eq=a=b"));

        assertThat(params)
                .containsEntry("name", "Ji-Hoon*")
                .containsEntry("q", "' OR 1=1 //")
                .containsEntry("x", "}) DETACH DELETE n //")
                .containsEntry("eq", "a=b");
    }

    @Test
    void neverEvaluatesFunctionCallsThatCouldReachTheDatabase() {
        assertThat(Parameters.value("db.labels()")).isEqualTo("db.labels()");
    }

    @Test
    void rejectsAParameterWithoutANameOrGivenTwice() {
        assertThatThrownBy(() -> Parameters.parse(List.of("1966")))
                .isInstanceOf(SongbunException.class)
                .hasMessageContaining("name=value")
                .extracting(e -> ((SongbunException) e).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThatThrownBy(() -> Parameters.parse(List.of("a=1", "a=2"))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> Parameters.parse(List.of("bad name=1"))).hasMessageContaining("name=value");
    }
}
