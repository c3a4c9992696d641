package org.songbungraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.songbungraph.embedded.EmbeddedNeo4j;
import org.songbungraph.embedded.EmbeddedSettings;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The one Neo4j server shared by every integration test in this JVM. With Docker it is the official
 * neo4j:5.26 image through Testcontainers; without Docker it is this project's own embedded server.
 * Both serve the project's import/ folder as their import directory, and tests reach both over Bolt,
 * so the same tests exercise the same code either way.
 */
public final class TestNeo4j {

    public static final String PASSWORD = "test-password-1";
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path IMPORT_DIR = PROJECT.resolve("import");
    public static final Path SCRIPTS_DIR = PROJECT.resolve("cypher");

    private static TestNeo4j instance;

    private final String boltUri;
    private final String kind;
    private final Driver driver;

    private TestNeo4j(String boltUri, String kind) {
        this.boltUri = boltUri;
        this.kind = kind;
        this.driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", PASSWORD));
        this.driver.verifyConnectivity();
    }

    public static synchronized TestNeo4j get() {
        if (instance == null) {
            instance = dockerAvailable() ? container() : embedded();
        }
        return instance;
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
    private static TestNeo4j container() {
        Neo4jContainer<?> container = new Neo4jContainer<>("neo4j:5.26")
                .withAdminPassword(PASSWORD)
                .withCopyFileToContainer(MountableFile.forHostPath(IMPORT_DIR), "/var/lib/neo4j/import");
        container.start();
        return new TestNeo4j(container.getBoltUrl(), "Testcontainers neo4j:5.26");
    }

    private static TestNeo4j embedded() {
        try {
            Path dataDir = Files.createTempDirectory("songbun-test-neo4j");
            EmbeddedSettings settings =
                    new EmbeddedSettings(dataDir, IMPORT_DIR, "127.0.0.1", freePort(), freePort(), PASSWORD);
            EmbeddedNeo4j server = EmbeddedNeo4j.startIfFree(settings).orElseThrow();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-neo4j-shutdown"));
            return new TestNeo4j(server.endpoint().boltUri(), "in-process embedded Neo4j 5.26");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String boltUri() {
        return boltUri;
    }

    public String kind() {
        return kind;
    }

    public Driver driver() {
        return driver;
    }

    /** Properties that point a Spring context at this server in remote mode. */
    public Map<String, String> springProperties() {
        return Map.of(
                "songbun.neo4j.uri",
                boltUri,
                "songbun.password",
                PASSWORD,
                "songbun.load-on-empty",
                "false",
                "songbun.scripts-dir",
                SCRIPTS_DIR.toString(),
                "songbun.import-dir",
                IMPORT_DIR.toString());
    }

    /** Removes every node, relationship, constraint and index, for tests that need a blank database. */
    public void wipe() {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
            for (var r : session.run("SHOW CONSTRAINTS YIELD name").list()) {
                session.run(
                                "DROP CONSTRAINT $name",
                                Map.of("name", r.get("name").asString()))
                        .consume();
            }
            for (var r : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")
                    .list()) {
                session.run("DROP INDEX $name", Map.of("name", r.get("name").asString()))
                        .consume();
            }
        }
    }
}
