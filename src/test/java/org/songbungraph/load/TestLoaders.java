package org.songbungraph.load;

import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.songbungraph.SongbunProperties;
import org.songbungraph.custody.Custody;
import org.songbungraph.search.SearchKeys;

/** Loaders outside the Spring context, for tests that load other scripts or import folders. */
public final class TestLoaders {

    private TestLoaders() {}

    public static Loader over(Driver driver, Path scriptsDir, Path importDir) {
        SongbunProperties properties = new SongbunProperties();
        properties.setScriptsDir(scriptsDir);
        properties.setImportDir(importDir);
        return new Loader(driver, properties, Custody.over(driver, "test"), new SearchKeys(driver));
    }
}
