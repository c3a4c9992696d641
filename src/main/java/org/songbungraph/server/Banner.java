package org.songbungraph.server;

import org.songbungraph.connection.Connection;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where the database is and how to log in, when the interactive shell opens. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class Banner implements ApplicationRunner {

    private final Connection connection;
    private final Environment environment;

    Banner(Connection connection, Environment environment) {
        this.connection = connection;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.getProperty("spring.shell.interactive.enabled", Boolean.class, false)) {
            System.out.println("songbun-graph: " + describe(connection));
            System.out.println("Type `help` for the commands, `exit` to quit.");
        }
    }

    static String describe(Connection connection) {
        String where = switch (connection.mode()) {
            case EMBEDDED -> "embedded Neo4j at " + connection.boltUri();
            case ATTACHED -> "the songbun server already running at " + connection.boltUri();
            case REMOTE -> "Neo4j at " + connection.boltUri();
        };
        String browser = connection
                .browserUrl()
                .map(url -> "\nNeo4j Browser: " + url)
                .orElse("\nNeo4j Browser: open your server's Browser, or https://browser.neo4j.io, and connect to "
                        + connection.boltUri());
        return where + browser + "\n" + connection.loginHint();
    }
}
