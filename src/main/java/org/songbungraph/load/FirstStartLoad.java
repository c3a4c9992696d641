package org.songbungraph.load;

import java.util.List;
import java.util.Set;
import org.songbungraph.SongbunProperties;
import org.songbungraph.connection.Connection;
import org.songbungraph.custody.Custody;
import org.songbungraph.stats.GraphStats;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start against an empty database, loads the shipped dataset before any command runs. On later
 * starts, says when a load never finished, and finishes an interrupted first-start load itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartLoad implements ApplicationRunner {

    static final String INTERRUPTED = "The process running this load stopped before it finished (killed, crashed or "
            + "lost power); found at the next start of the store's owner.";

    private final SongbunProperties properties;
    private final GraphStats stats;
    private final Loader loader;
    private final Custody custody;
    private final Connection connection;

    FirstStartLoad(
            SongbunProperties properties, GraphStats stats, Loader loader, Custody custody, Connection connection) {
        this.properties = properties;
        this.stats = stats;
        this.loader = loader;
        this.custody = custody;
        this.connection = connection;
    }

    /**
     * Commands that work on CSV folders or the vault and never read the knowledge graph: `seal` must be able to
     * run on a folder that the first load would refuse for its plaintext identities.
     */
    private static final Set<String> CSV_ONLY = Set.of("check", "generate", "seal", "reveal");

    @Override
    public void run(ApplicationArguments args) {
        String[] command = args.getSourceArgs();
        if (command.length > 0 && CSV_ONLY.contains(command[0])) {
            // Neither a first load nor the repair of an unfinished one: the next command that reads the graph does it.
            return;
        }
        // `load` itself runs the scripts; loading them first as well would only double the work.
        boolean loadIsTheCommand = command.length > 0 && "load".equals(command[0]);
        if (unfinishedLoads(loadIsTheCommand)
                || loadIsTheCommand
                || !stats.isEmpty()
                || !properties.shouldLoadOnEmpty()) {
            return;
        }
        System.err.println("The database is empty: loading the shipped dataset from " + properties.getScriptsDir()
                + "/ and " + properties.getImportDir() + "/ ...");
        System.err.println(loader.load(properties.getScriptsDir(), Loader.Trigger.FIRST_START, System.err)
                .summary());
    }

    /**
     * A load that never recorded its end left a graph that may be incomplete; nobody must miss that. Returns
     * true when it loaded the dataset again.
     */
    private boolean unfinishedLoads(boolean loadIsTheCommand) {
        List<Custody.Run> unfinished = custody.unfinished();
        if (unfinished.isEmpty()) {
            return false;
        }
        Custody.Run newest = unfinished.get(0);
        String which = "Load run " + newest.runId() + " (" + newest.trigger() + ", started " + newest.startedAt()
                + " by " + newest.osUser() + ")";
        if (connection.mode() != Connection.Mode.EMBEDDED) {
            if (!loadIsTheCommand) {
                System.err.println("Warning: " + which + " has not finished: it is still running in another process, "
                        + "or it was interrupted. Until a load finishes, the graph may be incomplete; `history` lists "
                        + "the runs.");
            }
            return false;
        }
        // This process owns the store, so no other process can be in the middle of a load.
        unfinished.forEach(run -> custody.markInterrupted(run.runId(), INTERRUPTED));
        if (loadIsTheCommand) {
            return false;
        }
        if ("first-start".equals(newest.trigger()) && properties.shouldLoadOnEmpty()) {
            System.err.println(which + " was interrupted: loading the shipped dataset again ...");
            System.err.println(loader.load(properties.getScriptsDir(), Loader.Trigger.FIRST_START, System.err)
                    .summary());
            return true;
        }
        System.err.println("Warning: " + which + " was interrupted before it finished, so the graph may be "
                + "incomplete. Run `load` to complete it; `history` lists the runs.");
        return false;
    }
}
