package org.songbungraph.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the process that owns a data directory serves it. Written next to the store so that a second
 * songbun process (a one-shot command while `serve` runs) connects over Bolt instead of fighting
 * over the store lock.
 */
public record ServerEndpoint(String boltUri, String browserUrl, long pid) {

    static final String FILE = "endpoint.properties";

    static ServerEndpoint of(EmbeddedSettings s, long pid) {
        String host = s.listenAddress().contains(":") ? "[" + s.listenAddress() + "]" : s.listenAddress();
        if ("0.0.0.0".equals(host)) {
            host = "127.0.0.1";
        }
        return new ServerEndpoint(
                "bolt://" + host + ":" + s.boltPort(), "http://" + host + ":" + s.httpPort() + "/browser/", pid);
    }

    void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("bolt", boltUri);
        p.setProperty("browser", browserUrl);
        p.setProperty("pid", Long.toString(pid));
        Path target = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Written by the songbun process that owns this data directory; deleted when it stops.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Optional<ServerEndpoint> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new ServerEndpoint(
                    p.getProperty("bolt"), p.getProperty("browser"), Long.parseLong(p.getProperty("pid", "-1"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException ignored) {
            // A stale file is harmless: it is only trusted while the store lock is held.
        }
    }
}
