package org.songbungraph.connection;

import java.nio.file.Path;
import java.util.Optional;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songbungraph.SongbunProperties;
import org.songbungraph.embedded.Credentials;
import org.songbungraph.embedded.EmbeddedNeo4j;
import org.songbungraph.embedded.EmbeddedSettings;
import org.songbungraph.embedded.ServerEndpoint;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * Opens the one {@link Driver} of this process. Spring Boot's own Neo4j auto-configuration backs off
 * because this bean exists, so Spring Data Neo4j and Neo4jClient use it too.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConnectionConfiguration.class);

    @Bean(destroyMethod = "close")
    Connection connection(SongbunProperties properties) {
        return properties.isRemote() ? remote(properties) : local(properties);
    }

    // The Connection closes the driver after Spring has stopped using it.
    @Bean(destroyMethod = "")
    Driver neo4jDriver(Connection connection) {
        return connection.driver();
    }

    /**
     * One bookmark manager for Neo4jClient and the transaction manager, as Spring Boot would give them, but a bean:
     * `load --bulk` swaps in a store whose transaction ids start again, and must make both forget the old store's.
     */
    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager() {
        return Neo4jBookmarkManager.create();
    }

    @Bean
    Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
        return Neo4jClient.with(driver)
                .withDatabaseSelectionProvider(databases)
                .withNeo4jBookmarkManager(bookmarks)
                .build();
    }

    @Bean(name = "transactionManager")
    Neo4jTransactionManager transactionManager(
            Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
        return Neo4jTransactionManager.with(driver)
                .withDatabaseSelectionProvider(databases)
                .withBookmarkManager(bookmarks)
                .build();
    }

    private static Connection remote(SongbunProperties p) {
        String uri = p.getNeo4j().getUri();
        if (!uri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "SONGBUN_NEO4J_URI '" + uri + "' is not a bolt://, neo4j:// or neo4j+s:// URI.");
        }
        if (p.getPassword() == null || p.getPassword().isBlank()) {
            throw new SongbunException(
                    ExitCode.BAD_INPUT,
                    "SONGBUN_NEO4J_URI is set but SONGBUN_PASSWORD is not: give the password of user "
                            + p.getNeo4j().getUser() + ".");
        }
        Driver driver = connect(
                uri, p.getNeo4j().getUser(), p.getPassword(), "the Neo4j server at " + uri + " (SONGBUN_NEO4J_URI)");
        return new Connection(
                Connection.Mode.REMOTE, driver, uri, null, p.getNeo4j().getUser(), "SONGBUN_PASSWORD", null);
    }

    private static Connection local(SongbunProperties p) {
        EmbeddedSettings settings = EmbeddedSettings.from(p);
        Optional<EmbeddedNeo4j> started = EmbeddedNeo4j.startIfFree(settings);
        if (started.isPresent()) {
            EmbeddedNeo4j server = started.get();
            try {
                Credentials credentials = Credentials.forClient(settings.dataDir(), p.getPassword());
                Driver driver = connect(
                        server.endpoint().boltUri(), credentials.user(), credentials.password(), "the embedded server");
                return new Connection(
                        Connection.Mode.EMBEDDED,
                        driver,
                        server.endpoint().boltUri(),
                        server.endpoint().browserUrl(),
                        credentials.user(),
                        credentials.origin(),
                        server);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        return attach(settings, p.getPassword());
    }

    private static Connection attach(EmbeddedSettings settings, String configuredPassword) {
        Path dataDir = settings.dataDir();
        ServerEndpoint endpoint = ServerEndpoint.read(dataDir)
                .orElseThrow(
                        () -> new SongbunException(
                                ExitCode.STORE_IN_USE,
                                "The data directory " + dataDir + " is in use by another songbun process that is "
                                        + "still starting or not serving. Wait for it, stop it, or set SONGBUN_DATA_DIR to another folder."));
        Credentials credentials = Credentials.forClient(dataDir, configuredPassword);
        try {
            Driver driver =
                    connect(endpoint.boltUri(), credentials.user(), credentials.password(), "the running server");
            log.info("Attached to the songbun server of pid {} at {}", endpoint.pid(), endpoint.boltUri());
            System.err.println("Using the songbun server already running on " + dataDir + " (pid " + endpoint.pid()
                    + ") at " + endpoint.boltUri() + ".");
            return new Connection(
                    Connection.Mode.ATTACHED,
                    driver,
                    endpoint.boltUri(),
                    endpoint.browserUrl(),
                    credentials.user(),
                    credentials.origin(),
                    null);
        } catch (SongbunException e) {
            throw new SongbunException(
                    ExitCode.STORE_IN_USE,
                    "The data directory " + dataDir
                            + " is held by another songbun process (pid " + endpoint.pid() + ") whose server at "
                            + endpoint.boltUri()
                            + " does not answer. Stop that process, or set SONGBUN_DATA_DIR to another folder.",
                    e);
        }
    }

    private static Driver connect(String uri, String user, String password, String what) {
        Config config = Config.builder().withUserAgent("songbun-graph").build();
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), config);
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new SongbunException(
                    ExitCode.UNAVAILABLE,
                    "The password was refused by " + what
                            + ". Check SONGBUN_PASSWORD (or the data directory's password file).",
                    e);
        } catch (Neo4jException | IllegalArgumentException e) {
            driver.close();
            throw new SongbunException(ExitCode.UNAVAILABLE, "Cannot reach " + what + ": " + e.getMessage(), e);
        }
    }
}
