package org.songbungraph.connection;

import java.util.Optional;
import org.neo4j.driver.Driver;
import org.songbungraph.embedded.EmbeddedNeo4j;

/**
 * The database this process talks to, and how an analyst reaches it from Browser or cypher-shell.
 * Closing it closes the driver and, if this process owns the embedded server, stops that server.
 */
public final class Connection implements AutoCloseable {

    /** How the database was reached. */
    public enum Mode {
        /** This process started the embedded server. */
        EMBEDDED,
        /** Another songbun process owns the data directory; we use its server over Bolt. */
        ATTACHED,
        /** songbun.neo4j.uri points at a Neo4j server, cluster or Aura. */
        REMOTE
    }

    private final Mode mode;
    private final Driver driver;
    private final String boltUri;
    private final String browserUrl;
    private final String user;
    private final String passwordOrigin;
    private final EmbeddedNeo4j embedded;

    Connection(
            Mode mode,
            Driver driver,
            String boltUri,
            String browserUrl,
            String user,
            String passwordOrigin,
            EmbeddedNeo4j embedded) {
        this.mode = mode;
        this.driver = driver;
        this.boltUri = boltUri;
        this.browserUrl = browserUrl;
        this.user = user;
        this.passwordOrigin = passwordOrigin;
        this.embedded = embedded;
    }

    public Mode mode() {
        return mode;
    }

    public Driver driver() {
        return driver;
    }

    public String boltUri() {
        return boltUri;
    }
    /** Neo4j Browser's address, when this kind of connection has one we know. */
    public Optional<String> browserUrl() {
        return Optional.ofNullable(browserUrl);
    }

    public String user() {
        return user;
    }
    /** Where the password comes from (the file or the variable), never the password itself. */
    public String passwordOrigin() {
        return passwordOrigin;
    }

    /** The embedded server, when this process owns it (mode EMBEDDED). */
    public Optional<EmbeddedNeo4j> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** How to log in, for the banner and the `browser` command. Never contains the password. */
    public String loginHint() {
        String password = "SONGBUN_PASSWORD".equals(passwordOrigin)
                ? "the password in SONGBUN_PASSWORD"
                : "the password in " + passwordOrigin + " (`browser --show-password` prints it)";
        return "Log in with connect URL " + boltUri + ", user " + user + " and " + password + ".";
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
