package org.songbungraph.support;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;
import org.songbungraph.shell.QueryFile;

/** The operators of a query file's plan, for tests that a lookup seeks an index instead of scanning (issue 6). */
public final class QueryPlans {

    private QueryPlans() {}

    /** The operator names (NodeUniqueIndexSeek, ProcedureCall, ...) of EXPLAIN for the query with these parameters. */
    public static Set<String> operators(Driver driver, String queryFile, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + QueryFile.load(queryFile), parameters)
                    .consume()
                    .plan();
            Set<String> operators = new LinkedHashSet<>();
            collect(plan, operators);
            return operators;
        }
    }

    private static void collect(Plan plan, Set<String> operators) {
        // Operator names carry the runtime's suffix (NodeUniqueIndexSeek@neo4j).
        operators.add(plan.operatorType().replaceAll("@.*", ""));
        plan.children().forEach(child -> collect(child, operators));
    }
}
