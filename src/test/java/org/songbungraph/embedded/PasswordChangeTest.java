package org.songbungraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.songbungraph.support.TestNeo4j;

class PasswordChangeTest {

    @TempDir
    Path dataDir;

    @Test
    void songbunPasswordReplacesThePasswordAStoreWasCreatedWith() {
        try (EmbeddedNeo4j first = start("first-password-1")) {
            assertThat(Files.exists(Credentials.passwordFile(dataDir)))
                    .as("no file when the password is given")
                    .isFalse();
            assertAccepted(first, "first-password-1");
        }
        try (EmbeddedNeo4j second = start("second-password-2")) {
            assertAccepted(second, "second-password-2");
            try (Driver old =
                    GraphDatabase.driver(second.endpoint().boltUri(), AuthTokens.basic("neo4j", "first-password-1"))) {
                assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        try (EmbeddedNeo4j same = start("second-password-2")) {
            assertAccepted(same, "second-password-2");
        }
    }

    @Test
    void aPasswordThatStartsWithADashIsSetAsThePasswordNotReadAsAnOption() {
        // Generated passwords are URL-safe Base64: one in 32 starts with '-'.
        try (EmbeddedNeo4j server = start("-Ab3_dash-first")) {
            assertAccepted(server, "-Ab3_dash-first");
        }
    }

    private EmbeddedNeo4j start(String password) {
        return EmbeddedNeo4j.startIfFree(new EmbeddedSettings(
                        dataDir,
                        TestNeo4j.IMPORT_DIR,
                        "127.0.0.1",
                        TestNeo4j.freePort(),
                        TestNeo4j.freePort(),
                        password))
                .orElseThrow();
    }

    private static void assertAccepted(EmbeddedNeo4j server, String password) {
        try (Driver driver = GraphDatabase.driver(server.endpoint().boltUri(), AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
        }
    }
}
