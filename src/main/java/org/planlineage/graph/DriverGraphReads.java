package org.planlineage.graph;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * {@link GraphReads} over Spring Data Neo4j's {@link Neo4jClient} and the Bolt driver: the path to an external
 * database (a server, a cluster, Aura). The client picks the configured database and logs each statement under
 * {@code org.springframework.data.neo4j.cypher}.
 */
public final class DriverGraphReads implements GraphReads {

    private final Neo4jClient client;

    public DriverGraphReads(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public void run(String cypher, Map<String, Object> parameters, Consumer<Row> each) {
        client.query(cypher)
                .bindAll(parameters)
                .fetchAs(Object.class)
                .mappedBy((types, record) -> {
                    each.accept(record::get);
                    return Boolean.TRUE;
                })
                .all();
    }
}
