package org.planlineage.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.graphql.GuardrailProperties;
import org.planlineage.lineage.LineageProperties;
import org.springframework.util.unit.DataSize;

/**
 * The short path of {@link LeafFieldExecution} for lists ({@link PlainLists}) against graphql-java's own
 * {@link AsyncExecutionStrategy}, on a small schema of its own (plain Java, no Spring, no database): plain lists answer
 * the same and are completed in one step; what the seed never makes (a null on a non-null field or element, a failed
 * coercion, an exception in a read, a request stopped in the middle of a list, a DataLoader beside and below a plain
 * list) answers the same, data, errors and the field at which the request is stopped.
 */
class LeafFastPathFallbacksTest {

    private static final String SCHEMA = """
            type Query { rows: [Row!]! }
            type Row { key: String!, targets: [Target!]!, members: [Target!], units: [Unit], tags: [String], kinds: [Kind!], owner: Unit }
            type Target { year: Int!, raw: String!, note: String, count: Int, unit: Unit, owner: Unit, keyed: Keyed }
            interface Keyed { key: ID! }
            type Unit implements Keyed { key: ID!, name: String, kind: Kind, head: Unit }
            enum Kind { LEAD, COOPERATING }
            """;

    enum Kind {
        LEAD,
        COOPERATING
    }

    /** Which reads of a target's raw text were made by {@link PlainLists} (true) or by graphql-java (false). */
    private static final List<Boolean> RAW_READS = new ArrayList<>();

    record Unit(String key, String name, Kind kind) {}

    record Target(Object year, String raw, String note, Object count, Unit unit, String ownerKey) {
        @Override
        public String raw() {
            RAW_READS.add(StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith(PlainLists.class.getName()))));
            return raw;
        }

        /** The unit again, as a value of the interface {@code Keyed}. */
        public Unit keyed() {
            return unit;
        }

        @Override
        public String note() {
            if ("boom".equals(note)) {
                throw new IllegalStateException("the note could not be read");
            }
            return note;
        }
    }

    record Row(
            String key,
            List<Target> targets,
            List<Target> members,
            List<Map<String, Object>> units,
            List<String> tags,
            List<Kind> kinds) {}

    private static final Unit WARD = new Unit("phuong-cat-lai", "UBND phường Cát Lái", Kind.LEAD);
    private static final Unit DEPARTMENT = new Unit("so-khcn", "Sở Khoa học và Công nghệ", null);

    private static Target target(Object year, String raw) {
        return new Target(year, raw, null, null, WARD, "so-khcn");
    }

    private static Map<String, Object> unit(String key, String name, Kind kind) {
        var unit = new HashMap<String, Object>();
        unit.put("key", key);
        unit.put("name", name);
        unit.put("kind", kind);
        return unit;
    }

    /** Two rows with three targets and two units each: the plain case. */
    private static List<Row> rows() {
        return List.of(
                new Row(
                        "206-1",
                        List.of(
                                target(2025, "≥80%"),
                                new Target(2026, ">80%", "theo lộ trình", 3, null, "so-khcn"),
                                target(2030, "Thường xuyên")),
                        List.of(target(2025, "100%")),
                        List.of(
                                unit("so-khcn", "Sở Khoa học và Công nghệ", Kind.LEAD),
                                unit("ubnd-phuong", null, Kind.COOPERATING)),
                        Arrays.asList("chuyển đổi số", null),
                        List.of(Kind.LEAD, Kind.COOPERATING)),
                new Row(
                        "206-2",
                        List.of(target(2025, "50%"), target(2026, "70%"), target(2027, "90%")),
                        List.of(),
                        List.of(unit("so-khcn", "Sở Khoa học và Công nghệ", Kind.LEAD), unit("x", "X", null)),
                        List.of(),
                        List.of()));
    }

    private List<Row> data;
    private long answerFields;

    @BeforeEach
    void plainData() {
        data = rows();
        answerFields = 100_000;
        RAW_READS.clear();
    }

    private GraphQL graphQl(ExecutionStrategy strategy) {
        var limits = new GuardrailProperties(
                15, 1000, 5_000_000, answerFields, 5000, 50000, DataSize.ofMegabytes(1), Duration.ofSeconds(10));
        var load = new LoadProperties(4, 16, Duration.ofSeconds(2), List.of("lineage"), 20000);
        var bounds = new ExecutionBounds(
                limits, load, new QueryCost(new ListSizes(new LineageProperties(20, 3000, 20000))), new LoadGate(load));
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", q -> q.dataFetcher("rows", env -> data))
                .type(
                        "Target",
                        t -> t.dataFetcher(
                                "owner", env -> env.getDataLoader("units").load(((Target) env.getSource()).ownerKey())))
                .type(
                        "Keyed",
                        t -> t.typeResolver(
                                env -> ((Unit) env.getObject()).key().equals("unknown")
                                        ? null
                                        : env.getSchema().getObjectType("Unit")))
                .type(
                        "Row",
                        t -> t.dataFetcher(
                                "owner", env -> env.getDataLoader("units").load("so-khcn")))
                .type(
                        "Unit",
                        t -> t.dataFetcher(
                                "head",
                                env -> env.getDataLoader("units")
                                        .load(
                                                ((Unit) env.getSource()).key().equals("so-khcn")
                                                        ? "phuong-cat-lai"
                                                        : "so-khcn")))
                .build();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema)
                .instrumentation(bounds)
                .queryExecutionStrategy(strategy)
                .build();
    }

    /** The answer of one strategy, and why its request was stopped (null when it was not). */
    private record Answer(Map<String, Object> result, RequestControl.Stop stopped) {}

    private Answer answer(ExecutionStrategy strategy, String query, Map<String, Object> variables) throws Exception {
        var control = new RequestControl(Duration.ofSeconds(10));
        var units =
                DataLoaderFactory.<String, Unit>newDataLoader(keys -> CompletableFuture.completedFuture(keys.stream()
                        .map(k -> k.equals(DEPARTMENT.key()) ? DEPARTMENT : WARD)
                        .toList()));
        ExecutionResult result = graphQl(strategy)
                .executeAsync(ExecutionInput.newExecutionInput(query)
                        .variables(variables)
                        .dataLoaderRegistry(new DataLoaderRegistry().register("units", units))
                        .graphQLContext(Map.of(RequestControl.KEY, control)))
                // a DataLoader never dispatched would leave the answer waiting for ever
                .get(10, TimeUnit.SECONDS);
        return new Answer(result.toSpecification(), control.stopped());
    }

    /** The short path's answer, checked equal to graphql-java's own (data, errors, stop). */
    private Answer same(String query, Map<String, Object> variables) throws Exception {
        Answer general = answer(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), query, variables);
        Answer fast = answer(new LeafFieldExecution(new SimpleDataFetcherExceptionHandler()), query, variables);
        assertThat(fast).isEqualTo(general);
        return fast;
    }

    @Test
    void plainListsAnswerAsGraphqlJavaAndAreCompletedInOneStep() throws Exception {
        String query = """
                query($notes: Boolean!) { rows {
                  key
                  targets { year text: raw note @include(if: $notes) count unit { key name kind } ...Counted
                    keyed { key ... on Unit { name } } }
                  units { key name ... on Unit { kind } }
                  tags
                  kinds
                } }
                fragment Counted on Target { count again: year }""";
        Answer answer = same(query, Map.of("notes", true));
        assertThat(answer.result()).doesNotContainKey("errors");
        assertThat(answer.stopped()).isNull();
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, Object>>)
                ((Map<String, Object>) answer.result().get("data")).get("rows");
        var second = new HashMap<String, Object>();
        second.put("year", 2026);
        second.put("text", ">80%");
        second.put("note", "theo lộ trình");
        second.put("count", 3);
        second.put("unit", null);
        second.put("again", 2026);
        second.put("keyed", null);
        assertThat(rows.get(0).get("targets")).asList().hasSize(3).element(1).isEqualTo(second);
        assertThat(((List<?>) rows.get(0).get("targets")).get(1).toString())
                .isEqualTo("{year=2026, text=>80%, note=theo lộ trình, count=3, unit=null, again=2026, keyed=null}");
        assertThat(((List<?>) rows.get(0).get("targets")).get(0).toString())
                .endsWith("keyed={key=phuong-cat-lai, name=UBND phường Cát Lái}}");
        assertThat(rows.get(0).get("tags")).isEqualTo(Arrays.asList("chuyển đổi số", null));
        assertThat(rows.get(0).get("kinds")).isEqualTo(List.of("LEAD", "COOPERATING"));
        assertThat(rows.get(1).get("units"))
                .isEqualTo(List.of(
                        Map.of("key", "so-khcn", "name", "Sở Khoa học và Công nghệ", "kind", "LEAD"),
                        new HashMap<>(Map.of("key", "x", "name", "X")) {
                            {
                                put("kind", null);
                            }
                        }));
        // six targets read by graphql-java, then the same six in one step by the short path
        assertThat(RAW_READS)
                .containsExactly(false, false, false, false, false, false, true, true, true, true, true, true);
    }

    @Test
    void aNullOnANonNullFieldOfAnElementAnswersGraphqlJavasError() throws Exception {
        data = List.of(new Row("206-1", List.of(target(2025, "≥80%"), target(2026, null)), null, null, null, null));
        Answer answer = same("{ rows { key targets { year raw } } }", Map.of());
        assertThat(answer.result().get("data")).isNull();
        assertThat(answer.result().get("errors").toString())
                .contains("/rows[0]/targets[1]/raw")
                .contains("was declared as a non null type");
    }

    @Test
    void aNullElementOfANonNullElementTypeAnswersGraphqlJavasError() throws Exception {
        data = List.of(new Row("206-1", Arrays.asList(target(2025, "≥80%"), null), null, null, null, null));
        Answer answer = same("{ rows { key targets { year } } }", Map.of());
        assertThat(answer.result().get("errors").toString()).contains("/rows[0]/targets[1]");
    }

    @Test
    void aFailedCoercionAnswersGraphqlJavasError() throws Exception {
        data = List.of(new Row(
                "206-1",
                List.of(new Target(2025, "≥80%", null, "ba", WARD, "so-khcn"), target("năm 2026", "70%")),
                null,
                null,
                List.of("a"),
                null));
        Answer nullable = same("{ rows { targets { raw count } } }", Map.of());
        assertThat(nullable.result().get("errors").toString())
                .contains("Can't serialize value (/rows[0]/targets[0]/count)");
        Answer nonNull = same("{ rows { targets { year } } }", Map.of());
        assertThat(nonNull.result().get("errors").toString()).contains("/rows[0]/targets[1]/year");
    }

    @Test
    void anInterfaceValueWithoutATypeAnswersGraphqlJavasError() throws Exception {
        data = List.of(new Row(
                "206-1",
                List.of(target(2025, "≥80%"), new Target(2026, "70%", null, null, new Unit("unknown", null, null), "")),
                null,
                null,
                null,
                null));
        Answer answer = same("{ rows { targets { year keyed { key } } } }", Map.of());
        assertThat(answer.result().get("errors").toString()).contains("rows, 0, targets, 1, keyed");
    }

    @Test
    void anExceptionInAReadAnswersGraphqlJavasError() throws Exception {
        data = List.of(new Row(
                "206-1",
                List.of(target(2025, "≥80%"), new Target(2026, "70%", "boom", null, WARD, "so-khcn")),
                null,
                null,
                null,
                null));
        Answer answer = same("{ rows { targets { year note } } }", Map.of());
        assertThat(answer.result().get("errors").toString())
                .contains("the note could not be read")
                .contains("rows, 0, targets, 1, note");
    }

    @Test
    void aRequestStoppedAtAnyFieldIsStoppedAtTheSameFieldWithTheSameAnswer() throws Exception {
        // rows 1, then per row: key 1, targets 1 + 4 per target (3 for the one without a unit), units 1 + 2 per
        // unit, members 1 + 1 per member: 1 + 20 + 20 = 41 fields; the bound is passed before, inside and after
        // each list, and at every field the two strategies stop at the same point with the same answer
        String query = "{ rows { key targets { year raw unit { key } } units { key name } members { year } } }";
        var stops = new ArrayList<RequestControl.Stop>();
        for (answerFields = 1; answerFields <= 41; answerFields++) {
            stops.add(same(query, Map.of()).stopped());
        }
        assertThat(stops.subList(0, 40)).containsOnly(RequestControl.Stop.TOO_LARGE);
        assertThat(stops.get(40)).isNull();
        // stopped at the first row's targets (the third field): no list of the answer is walked any more
        answerFields = 2;
        assertThat(same(query, Map.of()).result().get("data").toString())
                .isEqualTo("{rows=[{key=206-1, targets=[], units=[], members=[]}, "
                        + "{key=206-2, targets=[], units=[], members=[]}]}");
    }

    @Test
    void dataLoadersBesideAndBelowAPlainListAreDispatched() throws Exception {
        // the row's owner is loaded at the level of the targets, its head one level below once the owner is there:
        // the per-level dispatcher must not wait for objects under the plain list (it is told of none)
        Answer answer = same(
                "{ rows { targets { year unit { key } } members { year owner { key name } } owner { key head { key } } } }",
                Map.of());
        assertThat(answer.result()).doesNotContainKey("errors");
        assertThat(answer.result().get("data").toString())
                .contains("members=[{year=2025, owner={key=so-khcn, name=Sở Khoa học và Công nghệ}}], "
                        + "owner={key=so-khcn, head={key=phuong-cat-lai}}}");
    }

    @Test
    void executionBoundsDoesNothingWhereTheShortPathTellsItNothing() {
        // the short path skips these calls: they must stay graphql-java's no-ops in ExecutionBounds
        for (String skipped : List.of("beginFieldCompletion", "beginFieldListCompletion", "beginExecuteObject")) {
            assertThat(Arrays.stream(ExecutionBounds.class.getDeclaredMethods()).map(m -> m.getName()))
                    .as(skipped)
                    .doesNotContain(skipped);
        }
    }
}
