package org.songbungraph.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.shell.CommandNotFound;

class FailuresTest {

    @Test
    void anUnknownCommandIsBadInputThatPointsToHelp() {
        Failures.Failure failure = Failures.describe(new CommandNotFound(List.of("--hlep")));

        assertThat(failure.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(failure.message()).contains("`help`");
    }

    @Test
    void aRejectedQueryIsAQueryFailureAndAReadOnlyRefusalIsAWriteRefusal() {
        assertThat(Failures.describe(
                                new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'"))
                        .code())
                .isEqualTo(ExitCode.QUERY_FAILED);
        assertThat(Failures.describe(new ClientException(
                                "Neo.ClientError.Statement.AccessMode", "Writing in read access mode"))
                        .code())
                .isEqualTo(ExitCode.WRITE_REFUSED);
    }

    @Test
    void anythingElseIsAnInternalErrorThatPointsToTheLog() {
        Failures.Failure failure = Failures.describe(new IllegalStateException("boom"));

        assertThat(failure.code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(failure.message()).contains("boom").contains("--debug");
    }
}
