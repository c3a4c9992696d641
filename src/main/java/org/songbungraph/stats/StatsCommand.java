package org.songbungraph.stats;

import org.songbungraph.shell.OutputFormat;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Graph")
class StatsCommand {

    private final GraphStats stats;

    StatsCommand(GraphStats stats) {
        this.stats = stats;
    }

    @Command(command = "stats", description = "Count the nodes per label and the relationships per type.")
    String stats(
            @Option(
                            longNames = "format",
                            defaultValue = "table",
                            description = "table for people, json or csv for scripts")
                    String format) {
        return GraphStats.table(stats.counts()).render(OutputFormat.parse(format));
    }
}
