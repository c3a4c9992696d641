package org.songbungraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.songbungraph.SongbunProperties;
import org.songbungraph.connection.Connection;
import org.songbungraph.embedded.Credentials;
import org.songbungraph.shell.ExitCode;
import org.songbungraph.shell.SongbunException;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Server")
class ServerCommands {

    private final Connection connection;
    private final SongbunProperties properties;

    ServerCommands(Connection connection, SongbunProperties properties) {
        this.connection = connection;
        this.properties = properties;
    }

    @Command(
            command = "serve",
            description = "Keep the embedded Neo4j running for Browser, cypher-shell and other "
                    + "songbun commands, until interrupted (Ctrl-C).")
    void serve() throws InterruptedException {
        switch (connection.mode()) {
            case REMOTE ->
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "serve runs the embedded server, but " + "SONGBUN_NEO4J_URI points at " + connection.boltUri()
                                + ". Unset it to serve the local data.");
            case ATTACHED ->
                throw new SongbunException(
                        ExitCode.STORE_IN_USE,
                        "Another songbun process already serves " + "this data directory at " + connection.boltUri()
                                + ". Use it, or stop it first.");
            case EMBEDDED -> {
                System.out.println(Banner.describe(connection));
                System.out.println("Serving until interrupted (Ctrl-C).");
                System.out.flush();
                // The JVM's shutdown hook closes the Spring context, which stops the server cleanly.
                new CountDownLatch(1).await();
            }
        }
    }

    @Command(command = "browser", description = "Print Neo4j Browser's address and how to log in.")
    String browser(
            @Option(
                            longNames = "show-password",
                            defaultValue = "false",
                            description = "also print the generated password kept in the data directory")
                    boolean showPassword) {
        StringBuilder out = new StringBuilder(Banner.describe(connection)).append('\n');
        if (showPassword) {
            Path file = Credentials.passwordFile(
                    properties.getDataDir().toAbsolutePath().normalize());
            if (connection.mode() == Connection.Mode.REMOTE || !Files.isReadable(file)) {
                throw new SongbunException(
                        ExitCode.BAD_INPUT,
                        "No generated password to show: the password comes from " + connection.passwordOrigin() + ".");
            }
            try {
                out.append("Password: ")
                        .append(Files.readString(file, StandardCharsets.UTF_8).strip())
                        .append('\n');
            } catch (IOException e) {
                throw new SongbunException(ExitCode.UNAVAILABLE, "Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return out.toString();
    }
}
