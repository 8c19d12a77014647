package org.planlineage.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.neo4j.driver.Value;

/**
 * How every query of the API reads the graph: one Cypher statement with its parameters, each row read by the caller
 * through typed accessors ({@link Row}, the driver's {@link Value}). Two implementations run the same Cypher and
 * answer the same rows: {@link DriverGraphReads} over Spring Data Neo4j's client and the Bolt driver (an external
 * database), and {@link InProcessGraphReads} over the embedded database's own transactions, with no Bolt round trip
 * (the default run). Statements return values (properties, map projections, lists), never nodes or relationships,
 * so that both paths read them alike.
 */
public interface GraphReads {

    /** One row of an answer. */
    @FunctionalInterface
    interface Row {
        /** The column's value; {@code NULL} for a null or missing column. */
        Value get(String column);

        /**
         * The column as plain Java values, as {@link Value#asObject()} gives them (lists, maps, strings, longs,
         * booleans, temporal values; null), for a caller that walks a large value once: in process, the database's
         * own values without the driver's {@link Value} made of each (a list property may then be an array, which a
         * caller turning a map back into a {@link Value} by {@code Values.value} reads as a list).
         */
        default Object plain(String column) {
            return get(column).asObject();
        }
    }

    /** Maps a row to what the caller keeps. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(Row row);
    }

    /** Runs one read statement in a transaction of its own and hands every row to {@code each}, in order. */
    void run(String cypher, Map<String, Object> parameters, Consumer<Row> each);

    /** A statement to bind parameters to, then run. */
    default Statement query(String cypher) {
        return new Statement(this, cypher);
    }

    /** A statement being built: its Cypher and its parameters (values Cypher takes: strings, numbers, lists...). */
    final class Statement {
        private final GraphReads reads;
        private final String cypher;
        private final Map<String, Object> parameters = new HashMap<>();

        private Statement(GraphReads reads, String cypher) {
            this.reads = reads;
            this.cypher = cypher;
        }

        /** Binds a parameter; null is bound as Cypher's null. */
        public Statement bind(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** Every row, mapped. */
        public <T> List<T> list(RowMapper<T> mapper) {
            var result = new ArrayList<T>();
            reads.run(cypher, parameters, row -> result.add(mapper.map(row)));
            return result;
        }

        /** The first row, mapped; empty when there is none. */
        public <T> Optional<T> one(RowMapper<T> mapper) {
            List<T> all = list(mapper);
            return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
        }

        /** Hands every row to {@code each}. */
        public void forEach(Consumer<Row> each) {
            reads.run(cypher, parameters, each);
        }
    }
}
