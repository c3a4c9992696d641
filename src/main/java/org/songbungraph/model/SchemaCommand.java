package org.songbungraph.model;

import java.util.List;
import org.songbungraph.shell.OutputFormat;
import org.songbungraph.shell.Table;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(group = "Graph")
class SchemaCommand {

    private final ModelDiagram diagram;

    SchemaCommand(ModelDiagram diagram) {
        this.diagram = diagram;
    }

    @Command(
            command = "schema",
            description = "Show which relationship types join which labels, read from the data. "
                    + "--format mermaid prints the diagram kept in docs/model.md.")
    String schema(
            @Option(longNames = "format", defaultValue = "table", description = "table, json, csv or mermaid")
                    String format) {
        List<ModelDiagram.Connection> connections = diagram.connections();
        if ("mermaid".equalsIgnoreCase(format)) {
            return ModelDiagram.mermaid(connections);
        }
        return new Table(
                        List.of("from", "type", "to"),
                        connections.stream()
                                .map(c -> List.<Object>of(c.from(), c.type(), c.to()))
                                .toList())
                .render(OutputFormat.parse(format));
    }
}
