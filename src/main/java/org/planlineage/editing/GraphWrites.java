package org.planlineage.editing;

import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Runs one write as one managed transaction of the driver, on the configured database
 * ({@code spring.data.neo4j.database}): all or nothing, retried by the driver on transient failures (a deadlock
 * between two imports, a leader switch in a cluster). The work must be safe to run again, which a whole import is.
 */
@Component
class GraphWrites {

    private final Driver driver;
    private final DatabaseSelectionProvider database;

    GraphWrites(Driver driver, DatabaseSelectionProvider database) {
        this.driver = driver;
        this.database = database;
    }

    <T> T write(Function<TransactionContext, T> work) {
        String name = database.getDatabaseSelection().getValue();
        var config = name == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(name);
        try (var session = driver.session(config)) {
            return session.executeWrite(work::apply);
        }
    }
}
