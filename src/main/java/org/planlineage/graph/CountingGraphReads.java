package org.planlineage.graph;

import io.micrometer.core.instrument.Counter;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts the statements another {@link GraphReads} runs, as the meter {@code graph.reads.statements}: how the tests
 * prove that a query costs a bounded number of statements, and how the benchmark reports statements per request.
 */
public final class CountingGraphReads implements GraphReads {

    private final GraphReads reads;
    private final Counter statements;

    public CountingGraphReads(GraphReads reads, Counter statements) {
        this.reads = reads;
        this.statements = statements;
    }

    /** The path the statements take. */
    public GraphReads counted() {
        return reads;
    }

    @Override
    public void run(String cypher, Map<String, Object> parameters, Consumer<Row> each) {
        statements.increment();
        reads.run(cypher, parameters, each);
    }
}
