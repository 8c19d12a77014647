package org.planlineage.graph;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Test code for the benchmark's profiler ({@code org.planlineage.bench.Profiles}): a {@link GraphReads} over a
 * database in the same JVM that runs every statement with {@code PROFILE} and keeps, per statement, its text, its
 * rows, its database hits and the operators of its plan. Rows are handed on as {@link InProcessGraphReads} hands
 * them, so the service answers as it does without the profiler.
 */
public final class ProfilingGraphReads implements GraphReads {

    /**
     * One profiled statement: its text and parameters, what it returned and what its plan did.
     *
     * @param values the scalar values returned (nulls included; a map's keys not counted), in every row
     * @param bytes  their size as returned: strings and map keys in UTF-8, 8 bytes for any other scalar
     */
    public record Profiled(
            String cypher,
            Map<String, Object> parameters,
            long rows,
            long values,
            long bytes,
            long dbHits,
            List<Operator> operators) {

        /** True when the plan scans a whole label or every node, the thing a hot path must not do. */
        public boolean scans() {
            return operators.stream().anyMatch(Operator::scans);
        }
    }

    /** One operator of a plan, with its own database hits and rows, and its details (the pattern or predicate). */
    public record Operator(String name, long dbHits, long rows, String details) {
        boolean scans() {
            return name.startsWith("NodeByLabelScan") || name.startsWith("AllNodesScan");
        }
    }

    private final Supplier<GraphDatabaseService> database;
    private final List<Profiled> profiled = Collections.synchronizedList(new ArrayList<>());

    public ProfilingGraphReads(Supplier<GraphDatabaseService> database) {
        this.database = database;
    }

    /** The statements profiled since the last call, in the order they ran; forgets them. */
    public List<Profiled> take() {
        synchronized (profiled) {
            var taken = List.copyOf(profiled);
            profiled.clear();
            return taken;
        }
    }

    @Override
    public void run(String cypher, Map<String, Object> parameters, Consumer<Row> each) {
        try (Transaction tx = database.get().beginTx();
                var result = tx.execute("PROFILE " + cypher, parameters)) {
            long rows = 0;
            long[] size = new long[2];
            while (result.hasNext()) {
                Map<String, Object> row = result.next();
                rows++;
                row.values().forEach(v -> measure(v, size));
                each.accept(column -> InProcessGraphReads.value(row.get(column)));
            }
            var operators = new ArrayList<Operator>();
            long hits = collect(result.getExecutionPlanDescription(), operators);
            profiled.add(new Profiled(cypher, parameters, rows, size[0], size[1], hits, List.copyOf(operators)));
            tx.commit();
        }
    }

    /** Adds to {@code size} the count of scalar values in {@code o} ([0]) and their bytes ([1]). */
    private static void measure(Object o, long[] size) {
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                size[1] += k.toString().getBytes(StandardCharsets.UTF_8).length;
                measure(v, size);
            });
        } else if (o instanceof Iterable<?> list) {
            list.forEach(v -> measure(v, size));
        } else if (o != null && o.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(o); i++) {
                measure(Array.get(o, i), size);
            }
        } else {
            size[0]++;
            size[1] += o instanceof String text ? text.getBytes(StandardCharsets.UTF_8).length : 8;
        }
    }

    /** Adds the plan's operators depth first and returns the plan's database hits. */
    private static long collect(ExecutionPlanDescription plan, List<Operator> into) {
        var stats = plan.hasProfilerStatistics() ? plan.getProfilerStatistics() : null;
        long hits = stats == null ? 0 : stats.getDbHits();
        Object details = plan.getArguments().get("Details");
        into.add(new Operator(plan.getName(), hits, stats == null ? 0 : stats.getRows(), String.valueOf(details)));
        for (ExecutionPlanDescription child : plan.getChildren()) {
            hits += collect(child, into);
        }
        return hits;
    }
}
