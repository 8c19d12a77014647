package org.planlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.planlineage.support.Neo4jHarness;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The two ways of reading the graph answer the same rows: the same statement run in-process and over Bolt gives equal
 * values of every kind the queries read (strings, integers, floats, booleans, dates, nulls, list properties, maps and
 * lists of maps), in the same order. Run on the fixture harness without Spring.
 */
class GraphReadsTest {

    static Driver driver;
    static GraphReads inProcess;
    static GraphReads overBolt;

    @BeforeAll
    static void bothPaths() {
        Neo4j neo4j = Neo4jHarness.fixture();
        driver = GraphDatabase.driver(neo4j.boltURI());
        inProcess = new InProcessGraphReads(neo4j::defaultDatabaseService, GraphDatabaseService::beginTx);
        overBolt = new DriverGraphReads(Neo4jClient.create(driver));
        // nodes of a label of this test's own, with list properties as the loader stores provenance
        try (var session = driver.session()) {
            session.run("""
                            UNWIND range(1, 3) AS i
                            CREATE (:GraphReadsProbe {key: 'probe-' + i, issuedOn: date('2023-07-0' + i),
                                    provSource: ['742-qd-ubnd-2023', ''], provLines: ['12-14', ''], score: i * 0.5})
                            """).consume();
        }
    }

    @AfterAll
    static void close() {
        try (var session = driver.session()) {
            session.run("MATCH (p:GraphReadsProbe) DELETE p").consume();
        }
        driver.close();
    }

    @Test
    void everyKindOfValueReadsTheSameOnBothPaths() {
        String cypher = """
                RETURN 'Vĩnh Long' AS text, 42 AS integer, 0.75 AS float, true AS yes, null AS nothing,
                       date('2023-07-21') AS day, ['a', 'b'] AS strings, [1, 2.5, null] AS mixed,
                       {key: 'k', n: 1, inner: {list: [date('2024-01-01')]}} AS map,
                       [{a: 1}, {a: 2}] AS maps, $param AS param, $list AS list
                """;
        Map<String, Object> parameters = Map.of("param", "x", "list", List.of(1L, 2L));
        var columns = List.of(
                "text", "integer", "float", "yes", "nothing", "day", "strings", "mixed", "map", "maps", "param",
                "list");
        List<List<Value>> inProcessRows = rows(inProcess, cypher, parameters, columns);
        List<List<Value>> boltRows = rows(overBolt, cypher, parameters, columns);
        assertThat(inProcessRows).isEqualTo(boltRows).hasSize(1);
        List<Value> row = inProcessRows.get(0);
        assertThat(row.get(0).asString()).isEqualTo("Vĩnh Long");
        assertThat(row.get(1).asInt()).isEqualTo(42);
        assertThat(row.get(4).isNull()).isTrue();
        assertThat(row.get(5).asLocalDate()).isEqualTo(LocalDate.of(2023, 7, 21));
        assertThat(row.get(8).get("inner").get("list").get(0).asLocalDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void storedPropertiesAndProjectionsReadTheSameOnBothPaths() {
        // list properties (provenance) are arrays in the store: both paths read them as lists
        String cypher = """
                MATCH (p:GraphReadsProbe) RETURN p.key AS key, properties(p) AS props, p {.*, extra: 1} AS projection
                ORDER BY p.key
                """;
        var columns = List.of("key", "props", "projection");
        List<List<Value>> inProcessRows = rows(inProcess, cypher, Map.of(), columns);
        assertThat(inProcessRows).isEqualTo(rows(overBolt, cypher, Map.of(), columns));
        assertThat(inProcessRows).hasSize(3);
        assertThat(inProcessRows.get(0).get(1).get("provSource").asList(Value::asString))
                .containsExactly("742-qd-ubnd-2023", "");
        assertThat(inProcessRows.get(2).get(2).get("issuedOn").asLocalDate()).isEqualTo(LocalDate.of(2023, 7, 3));
    }

    @Test
    void plainValuesAreTheSameValuesOnBothPaths() {
        // what a caller walking a wide answer once reads (LineageQueries.whole): read back by Values.value, each
        // column is the driver's value of the same column, list properties (arrays in process) included
        String cypher = """
                MATCH (p:GraphReadsProbe) WITH p ORDER BY p.key
                RETURN collect([p.key, 'GraphReadsProbe', p.score > 1, null, properties(p)]) AS nodes,
                       'Vĩnh Long' AS text, 42 AS integer, true AS yes, null AS nothing, [[1, 'a'], []] AS lists
                """;
        var columns = List.of("nodes", "text", "integer", "yes", "nothing", "lists");
        for (GraphReads reads : List.of(inProcess, overBolt)) {
            var plain = reads.query(cypher)
                    .list(r ->
                            columns.stream().map(c -> Values.value(r.plain(c))).toList());
            assertThat(plain).isEqualTo(rows(overBolt, cypher, Map.of(), columns));
        }
        var nodes = (List<?>) inProcess.query(cypher).one(r -> r.plain("nodes")).orElseThrow();
        assertThat(nodes).hasSize(3);
        assertThat(List.<Object>copyOf(((List<?>) nodes.get(0)).subList(0, 3)))
                .containsExactly("probe-1", "GraphReadsProbe", false);
        assertThat(((List<?>) nodes.get(0)).get(3)).isNull();
        assertThat(inProcess.query(cypher).one(r -> r.plain("nothing"))).isEmpty();
    }

    @Test
    void aMissingColumnIsNullOnBothPaths() {
        assertThat(inProcess.query("RETURN 1 AS one").one(r -> r.get("two").isNull()))
                .contains(true);
        assertThat(overBolt.query("RETURN 1 AS one").one(r -> r.get("two").isNull()))
                .contains(true);
    }

    private static List<List<Value>> rows(
            GraphReads reads, String cypher, Map<String, Object> parameters, List<String> columns) {
        var statement = reads.query(cypher);
        parameters.forEach(statement::bind);
        return statement.list(r -> columns.stream().map(r::get).toList());
    }
}
