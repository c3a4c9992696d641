package org.songbungraph.query;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;
import org.songbungraph.shell.Table;
import org.springframework.stereotype.Component;

/** Runs an analyst's own query with bound parameters, read-only unless writing was asked for. */
@Component
class AnalystQueries {

    record Outcome(Table table, SummaryCounters counters) {}

    private final Driver driver;

    AnalystQueries(Driver driver) {
        this.driver = driver;
    }

    Outcome run(String query, Map<String, Object> parameters, boolean write) {
        SessionConfig config = SessionConfig.builder()
                .withDefaultAccessMode(write ? AccessMode.WRITE : AccessMode.READ)
                .build();
        // An auto-commit transaction, so that CALL { } IN TRANSACTIONS works too; the access mode still holds.
        try (Session session = driver.session(config)) {
            Result result = session.run(query, parameters);
            List<String> columns = result.keys();
            List<List<Object>> rows = result.list(AnalystQueries::row);
            return new Outcome(new Table(columns, rows), result.consume().counters());
        }
    }

    private static List<Object> row(Record record) {
        return record.values().stream().map(Values::plain).toList();
    }
}
