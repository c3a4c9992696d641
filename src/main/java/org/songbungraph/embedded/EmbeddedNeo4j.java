package org.songbungraph.embedded;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songbungraph.browser.http.GuideResource;
import org.songbungraph.protection.OwnerOnly;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import picocli.CommandLine;

/**
 * An in-process Neo4j 5.26 with Bolt, HTTP and Neo4j Browser, owned by exactly one process per data
 * directory. Other songbun processes find it through {@link ServerEndpoint} and connect over Bolt.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private static final String DATABASE = "neo4j";

    // Replaced only by replaceDatabase, which restarts the server around a new store.
    private volatile DatabaseManagementService dbms;
    private final FileLock lock;
    private final ServerEndpoint endpoint;
    private final Path dataDir;
    private final EmbeddedSettings settings;

    private EmbeddedNeo4j(
            DatabaseManagementService dbms, FileLock lock, ServerEndpoint endpoint, EmbeddedSettings settings) {
        this.dbms = dbms;
        this.lock = lock;
        this.endpoint = endpoint;
        this.dataDir = settings.dataDir();
        this.settings = settings;
    }

    /**
     * Starts the server on this data directory, or returns empty when another process already owns it.
     */
    public static Optional<EmbeddedNeo4j> startIfFree(EmbeddedSettings settings) {
        Path dataDir = settings.dataDir();
        OwnerOnly.folder(dataDir);
        FileLock lock = tryLock(dataDir.resolve("songbun.lock"));
        if (lock == null) {
            return Optional.empty();
        }
        try {
            Credentials credentials = Credentials.forEmbedded(dataDir, settings.password());
            Path home = dataDir.resolve("neo4j");
            boolean fresh =
                    !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
            if (fresh) {
                // Writing the initial auth file before the first start means neo4j/neo4j never exists.
                setInitialPassword(home, credentials.password());
            }
            DatabaseManagementService dbms = build(settings, home);
            try {
                if (!fresh && settings.password() != null) {
                    alignPassword(dbms, settings.password());
                }
                ServerEndpoint endpoint =
                        ServerEndpoint.of(settings, ProcessHandle.current().pid());
                endpoint.write(dataDir);
                OwnerOnly.tighten(dataDir);
                log.info("Embedded Neo4j started: {}", endpoint);
                return Optional.of(new EmbeddedNeo4j(dbms, lock, endpoint, settings));
            } catch (RuntimeException e) {
                dbms.shutdown();
                throw e;
            }
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    public ServerEndpoint endpoint() {
        return endpoint;
    }

    /** In-process access, for work that must not go through Bolt (none of the analyst paths). */
    public DatabaseManagementService managementService() {
        return dbms;
    }

    /**
     * Makes the store that Neo4j's importer built under {@code importedHome} (its data/databases/neo4j and
     * data/transactions/neo4j) this server's database: stops the server, moves the new store in place of the old
     * one, and starts it again on the same ports. The system database, and with it the password, stays.
     */
    public synchronized void replaceDatabase(Path importedHome) {
        Path home = dataDir.resolve("neo4j");
        dbms.shutdown();
        try {
            for (String part : List.of("databases", "transactions")) {
                Path target = home.resolve("data").resolve(part).resolve(DATABASE);
                if (Files.exists(target)) {
                    PathUtils.deleteDirectory(target);
                }
                createDirectories(target.getParent());
                Files.move(importedHome.resolve("data").resolve(part).resolve(DATABASE), target);
            }
        } catch (IOException e) {
            throw new SongbunException(
                    ExitCode.LOAD_FAILED,
                    "Could not move the imported store into " + home + ": " + e.getMessage() + ". Delete " + dataDir
                            + " and run `load --bulk` again.",
                    e);
        } finally {
            dbms = build(settings, home);
        }
        log.info("Embedded Neo4j restarted on the imported store: {}", endpoint);
    }

    @Override
    public void close() {
        try {
            ServerEndpoint.delete(dataDir);
            dbms.shutdown();
            // Neo4j creates its files with the umask; the store, its logs and transaction logs end owner-only.
            OwnerOnly.tighten(dataDir);
        } finally {
            release(lock);
        }
    }

    private static DatabaseManagementService build(EmbeddedSettings s, Path home) {
        try {
            return new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, s.importDir())
                    // LOAD CSV from http(s)/ftp could send graph data to, or pull it from, any host; `load` reads
                    // only file:/// URLs. Neo4j 5.26's one switch for that is this internal blocklist: every address.
                    .setConfig(
                            GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(s.listenAddress(), s.boltPort()))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(s.listenAddress(), s.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, true)
                    .setConfig(HttpConnector.listen_address, new SocketAddress(s.listenAddress(), s.httpPort()))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(s.listenAddress(), s.httpPort()))
                    .setConfig(HttpsConnector.enabled, false)
                    // Analysts' data must not leave the machine through Browser.
                    .setConfig(ServerSettings.allow_telemetry, false)
                    .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, browserHosts(s))
                    // The guide and the stylesheet come from this server (browser/http/GuideResource), applied on
                    // connect.
                    .setConfig(
                            ServerSettings.third_party_packages,
                            List.of(new ThirdPartyJaxRsPackage(
                                    GuideResource.class.getPackageName(), GuideResource.MOUNT)))
                    .setConfig(
                            ServerSettings.http_auth_allowlist, List.of("/", "/browser.*", GuideResource.MOUNT + "/.*"))
                    .setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommands(s))
                    .setConfig(ServerSettings.http_static_content_security_policy, browserContentPolicy(s))
                    // Without these, shutdown waits 5-10 s for idle Netty and Bolt threads.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            throw new SongbunException(
                    ExitCode.UNAVAILABLE,
                    "The embedded Neo4j could not start (" + rootMessage(e) + "). If port " + s.boltPort() + " or "
                            + s.httpPort() + " is taken, set SONGBUN_BOLT_PORT / SONGBUN_HTTP_PORT; details are in "
                            + home.resolve("logs").resolve("debug.log"),
                    e);
        }
    }

    /** Browser fetches remote content only from these host names; the guide's host must be one of them. */
    static String browserHosts(EmbeddedSettings s) {
        return String.join(",", new LinkedHashSet<>(List.of("localhost", "127.0.0.1", guideHost(s))));
    }

    /** Browser's post-connect commands, written without their leading colon: apply the style, open the guide. */
    static String postConnectCommands(EmbeddedSettings s) {
        String base = "http://" + guideHost(s) + ":" + s.httpPort() + GuideResource.MOUNT + "/";
        return "style " + base + GuideResource.STYLE + "; play " + base + GuideResource.GUIDE;
    }

    /**
     * Browser's own policy lets it load analytics, crash reporting, a feedback widget and web fonts from the
     * internet even with telemetry off. This one allows only this server and its Bolt port, so nothing an
     * analyst does in Browser is sent anywhere else.
     */
    static String browserContentPolicy(EmbeddedSettings s) {
        StringBuilder bolt = new StringBuilder();
        for (String host : new LinkedHashSet<>(List.of("localhost", "127.0.0.1", guideHost(s)))) {
            bolt.append(" ws://")
                    .append(host)
                    .append(':')
                    .append(s.boltPort())
                    .append(" http://")
                    .append(host)
                    .append(':')
                    .append(s.boltPort());
        }
        return "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "font-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; connect-src 'self'"
                + bolt;
    }

    private static String guideHost(EmbeddedSettings s) {
        String host = s.listenAddress();
        return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }

    private static void setInitialPassword(Path home, String password) {
        Path conf = home.resolve("conf");
        createDirectories(conf);
        var out = new java.io.ByteArrayOutputStream();
        var stream = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        var ctx = new ExecutionContext(home, conf, stream, stream, new org.neo4j.io.fs.DefaultFileSystemAbstraction());
        // "--" ends the options: a password that starts with '-' (one generated in 32 does) is still the password.
        int code = new CommandLine(new SetInitialPasswordCommand(ctx)).execute("--", password);
        if (code != 0) {
            throw new SongbunException(
                    ExitCode.INTERNAL,
                    "Could not set the initial Neo4j password: "
                            + out.toString(java.nio.charset.StandardCharsets.UTF_8)
                                    .trim());
        }
    }

    /** SONGBUN_PASSWORD wins over the password the store was created with. */
    private static void alignPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system")
                    .executeTransactionally(
                            "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("same")) {
                throw e;
            }
        }
    }

    private static FileLock tryLock(Path lockFile) {
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (IOException e) {
            throw new SongbunException(
                    ExitCode.UNAVAILABLE,
                    "Cannot open " + lockFile + ": " + e.getMessage()
                            + ". Check that SONGBUN_DATA_DIR points to a writable folder.",
                    e);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Could not release {}", lock, e);
        }
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
