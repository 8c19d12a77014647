package org.planlineage.graph;

import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * {@link GraphReads} over a database in the same JVM (the embedded default, and the test harness): each statement
 * runs in a transaction of the database's own API, with no Bolt encoding, socket or decoding between the service and
 * the database. A column is turned into the driver's {@link Value} only when it is read, so rows are read with the
 * same accessors on both paths. Each transaction is opened by a {@link Transactions} given by the wiring: the
 * service's opens it with the bounds of the request it serves (its time left as the timeout, its id as metadata), as
 * the bounded driver does for the Bolt path, so that a stopped request's transactions are ended on both paths.
 */
public final class InProcessGraphReads implements GraphReads {

    /** How a read transaction is opened on the database. */
    @FunctionalInterface
    public interface Transactions {
        Transaction begin(GraphDatabaseService database);
    }

    private final Supplier<GraphDatabaseService> database;
    private final Transactions transactions;

    /**
     * @param database     the database, resolved at the first statement (the embedded one may still be starting)
     * @param transactions opens each statement's transaction (with the request's bounds in the service)
     */
    public InProcessGraphReads(Supplier<GraphDatabaseService> database, Transactions transactions) {
        this.database = database;
        this.transactions = transactions;
    }

    @Override
    public void run(String cypher, Map<String, Object> parameters, Consumer<Row> each) {
        try (Transaction tx = transactions.begin(database.get());
                var result = tx.execute(cypher, parameters)) {
            while (result.hasNext()) {
                Map<String, Object> row = result.next();
                each.accept(new Row() {
                    @Override
                    public Value get(String column) {
                        return value(row.get(column));
                    }

                    @Override
                    public Object plain(String column) {
                        return row.get(column);
                    }
                });
            }
            tx.commit();
        }
    }

    /**
     * A value of the embedded API as the driver would have decoded it: arrays (list properties) as lists, and
     * everything else as {@link Values#value(Object)} reads it. Nodes and relationships are not expected (see
     * {@link GraphReads}) and fail here.
     */
    static Value value(Object o) {
        if (o instanceof Map<?, ?> map) {
            var values = new HashMap<String, Object>(map.size() * 2);
            map.forEach((k, v) -> values.put((String) k, value(v)));
            return Values.value(values);
        }
        if (o instanceof List<?> list) {
            var values = new Value[list.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(list.get(i));
            }
            return Values.value(values);
        }
        if (o != null && o.getClass().isArray()) {
            var values = new Value[Array.getLength(o)];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(Array.get(o, i));
            }
            return Values.value(values);
        }
        return Values.value(o);
    }
}
