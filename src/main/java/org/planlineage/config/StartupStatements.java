package org.planlineage.config;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up's own statements (the schema step, the seed's fingerprint check), each in a transaction of its
 * own: in this JVM's database when the embedded one runs, over the driver otherwise.
 *
 * <p>In-process, a start on an existing store never touches Bolt: the driver's and Bolt server's first connection
 * (their classes loaded, a handshake) was on the start's critical path, and under load it outlasted the driver's
 * connection timeout and failed the start (docs/benchmarks.md, "Start-up"). The seed's own writes still go through
 * the driver ({@link Neo4jSessions}).
 */
@Component
public class StartupStatements {

    private final Neo4jSessions sessions;
    private final Supplier<GraphDatabaseService> inProcess;

    /** In-process when the embedded database is configured (a {@link DatabaseManagementService} bean). */
    @Autowired
    StartupStatements(Neo4jSessions sessions, ListableBeanFactory beans, ObjectProvider<GraphDatabaseService> graph) {
        // by type, without creating it: the embedded database may still be starting
        this(
                sessions,
                beans.getBeanNamesForType(DatabaseManagementService.class, true, false).length > 0
                        ? graph::getObject
                        : null);
    }

    private StartupStatements(Neo4jSessions sessions, Supplier<GraphDatabaseService> inProcess) {
        this.sessions = sessions;
        this.inProcess = inProcess;
    }

    /** Statements over the driver only, on the database the sessions select. */
    public static StartupStatements overDriver(Neo4jSessions sessions) {
        return new StartupStatements(sessions, null);
    }

    /** Runs one statement in its own transaction and returns its rows (plain Java values), all read. */
    public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
        if (inProcess != null) {
            return inProcess
                    .get()
                    .executeTransactionally(
                            cypher,
                            parameters,
                            result -> result.stream()
                                    .map(row -> (Map<String, Object>) new java.util.HashMap<>(row))
                                    .toList());
        }
        try (var session = sessions.open()) {
            return session.run(cypher, parameters).list(row -> row.asMap());
        }
    }

    /** The same, without parameters. */
    public List<Map<String, Object>> run(String cypher) {
        return run(cypher, Map.of());
    }
}
