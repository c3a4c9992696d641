package org.songbungraph.embedded;

import java.nio.file.Path;
import org.songbungraph.SongbunProperties;

/** What the embedded server needs to start; paths are absolute. */
public record EmbeddedSettings(
        Path dataDir, Path importDir, String listenAddress, int boltPort, int httpPort, String password) {

    public static EmbeddedSettings from(SongbunProperties p) {
        return new EmbeddedSettings(
                p.getDataDir().toAbsolutePath().normalize(),
                p.getImportDir().toAbsolutePath().normalize(),
                p.getListenAddress(),
                p.getBoltPort(),
                p.getHttpPort(),
                p.getPassword());
    }
}
