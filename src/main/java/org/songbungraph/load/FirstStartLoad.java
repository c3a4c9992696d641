package org.songbungraph.load;

import org.songbungraph.SongbunProperties;
import org.songbungraph.stats.GraphStats;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start against an empty database, loads the shipped dataset before any command runs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartLoad implements ApplicationRunner {

    private final SongbunProperties properties;
    private final GraphStats stats;
    private final Loader loader;

    FirstStartLoad(SongbunProperties properties, GraphStats stats, Loader loader) {
        this.properties = properties;
        this.stats = stats;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        // `load` itself will run the scripts; loading them first as well would only double the work.
        String[] command = args.getSourceArgs();
        boolean loadIsTheCommand = command.length > 0 && "load".equals(command[0]);
        if (!properties.shouldLoadOnEmpty() || loadIsTheCommand || !stats.isEmpty()) {
            return;
        }
        System.err.println("The database is empty: loading the shipped dataset from "
                + properties.getScriptsDir() + "/ and " + properties.getImportDir() + "/ ...");
        System.err.println(loader.load(System.err).summary());
    }
}
