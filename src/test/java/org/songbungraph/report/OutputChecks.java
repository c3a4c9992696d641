package org.songbungraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.songbungraph.support.GraphFingerprint;

/** Checks every analyst command's output must pass: protection, hostile ids, parseable formats. */
public final class OutputChecks {

    /** Confidential names of the protected synthetic witness W-0101 and the informants' descriptions. */
    public static final List<String> SECRETS = List.of(
            "Chong Hidden-ja", "정숨은자", "Unnamed source in South Pyongan", "Local resident near the Kaechon mines");

    /** Ids an attacker or a slip of the keyboard might pass; none names a node. */
    public static final List<String> HOSTILE = List.of(
            "' OR 1=1 //",
            "}) DETACH DELETE n //",
            "\") MATCH (n) DETACH DELETE n //",
            "$x",
            "`x`",
            "정숨은자",
            "Chong Hidden-ja",
            "Р-SYN-PAK-08", // Cyrillic Р
            "\u200FP-SYN-PAK-08\u200E",
            "P-SYN-PAK-08\u0000",
            "x".repeat(100_000));

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputChecks() {}

    public static void assertNoSecrets(String output) {
        for (String secret : SECRETS) {
            assertThat(output).as("output must not contain %s", secret).doesNotContain(secret);
        }
    }

    /**
     * Each hostile string, given to {@code command} as an id, is refused as an unknown id (exit 2, not a Cypher
     * error), the message reveals no protected name, and the graph is exactly as before.
     */
    public static void assertHostileIdsRefused(Driver driver, Consumer<String> command) {
        String before = GraphFingerprint.of(driver);
        for (String hostile : HOSTILE) {
            assertThatThrownBy(() -> command.accept(hostile))
                    .as("id %s", hostile.length() > 40 ? hostile.substring(0, 40) + "…" : hostile)
                    .isInstanceOfSatisfying(SongbunException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                        assertThat(e.getMessage()).contains("No ").doesNotContain("\n");
                        assertNoSecrets(e.getMessage());
                        assertThat(e.getMessage())
                                .as("a typed name is not confirmed as a witness")
                                .doesNotContain("W-0");
                    });
        }
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    public static void assertBadInput(Runnable command, String... messageParts) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(SongbunException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(e.getMessage()).contains(messageParts);
        });
    }

    public static JsonNode json(String output) {
        try {
            return JSON.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a CSV output, after checking its header is exactly {@code header}. */
    public static List<CSVRecord> csv(String output, String... header) {
        try {
            var parser = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(output));
            assertThat(parser.getHeaderNames()).containsExactly(header);
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
