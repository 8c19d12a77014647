package org.planlineage.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.planlineage.graphql.GuardrailProperties;

/**
 * Applies a request's bounds to its graphql-java execution: the document's depth and number of fields (graphql-java's
 * own checks, run here in that order), the cost estimated before anything runs (refused over the budget), a turn at
 * the load gate for an expensive request, the number of fields in the answer (past
 * {@code app.graphql.max-answer-fields} the request is stopped), and once the request is stopped, for whatever reason,
 * no data fetcher that reaches into the graph runs any more, and no list is walked further: a list field answers an
 * empty list at once, any other field null. A mutation is the exception: its write either committed before the stop,
 * and then it answers what it did, or its transaction was ended with the request's and nothing was written.
 *
 * <p>It is the only instrumentation of the execution, on purpose: graphql-java's {@code ChainedInstrumentation} calls
 * every instrumentation it holds three times for each field of the answer and allocates a context for each call, so
 * the depth and complexity checks, which only act before the execution, are run from here instead of being
 * instrumentations of their own.
 *
 * <p>graphql-java's own result-node limit ({@code ResultNodesInfo.MAX_RESULT_NODES}) is not used: it skips fetches
 * without telling the DataLoader dispatcher, which then waits for them for ever (seen with graphql-java 24.3).
 */
final class ExecutionBounds extends SimplePerformantInstrumentation {

    /** One execution's bounds: its request, the fields of its answer so far, and the complexity check's state. */
    private record State(RequestControl control, AtomicLong fields, InstrumentationState complexity)
            implements InstrumentationState {}

    private final GuardrailProperties limits;
    private final LoadProperties load;
    private final QueryCost cost;
    private final LoadGate gate;
    private final MaxQueryDepthInstrumentation depth;
    private final MaxQueryComplexityInstrumentation complexity;

    /**
     * The estimates of the operations that passed the depth, complexity and cost checks, by parsed document (the
     * document cache hands the same instance to every request of the same text; held weakly, compared by identity),
     * then by operation and variables: the three traversals of a document already checked with the same variables
     * give the same verdict, and are not run again (16 % of what a lineage UP request allocated, docs/benchmarks.md).
     */
    private final Cache<Document, Map<Operation, QueryCost.Estimate>> passed =
            Caffeine.newBuilder().weakKeys().build();

    /** At most this many sets of variables are kept per document (a search's texts vary without end). */
    private static final int OPERATIONS_PER_DOCUMENT = 64;

    private record Operation(String name, Map<String, Object> variables) {}

    ExecutionBounds(GuardrailProperties limits, LoadProperties load, QueryCost cost, LoadGate gate) {
        this.limits = limits;
        this.load = load;
        this.cost = cost;
        this.gate = gate;
        this.depth = new MaxQueryDepthInstrumentation(limits.maxDepth());
        this.complexity = new MaxQueryComplexityInstrumentation(limits.maxComplexity());
    }

    /** The HTTP request's control; an execution without one (a test's direct call) gets one with no watch. */
    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        RequestControl control =
                parameters.getExecutionInput().getGraphQLContext().get(RequestControl.KEY);
        return new State(
                control != null ? control : new RequestControl(limits.timeout()),
                new AtomicLong(),
                complexity.createStateAsync(parameters).join());
    }

    /** The complexity check keeps what validation saw, for its report (validation is skipped for a cached document). */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return complexity.beginValidation(parameters, ((State) state).complexity());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        var operation = new Operation(
                execution.getExecutionInput().getOperationName(),
                execution.getCoercedVariables().toMap());
        var checked = passed.get(execution.getDocument(), d -> new ConcurrentHashMap<>());
        QueryCost.Estimate estimate = checked.get(operation);
        if (estimate == null) {
            estimate = check(parameters, (State) state);
            if (checked.size() < OPERATIONS_PER_DOCUMENT) {
                checked.put(operation, estimate);
            }
        }
        RequestControl control = ((State) state).control();
        control.estimatedCost(estimate.total());
        control.mutation(execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION);
        if (isExpensive(estimate)) {
            control.onFinish(gate.enter(control.remaining()));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** Depth, then complexity, then cost: the first bound passed is the one the refusal names. */
    private QueryCost.Estimate check(InstrumentationExecuteOperationParameters parameters, State state) {
        depth.beginExecuteOperation(parameters, null);
        complexity.beginExecuteOperation(parameters, state.complexity());
        ExecutionContext execution = parameters.getExecutionContext();
        QueryCost.Estimate estimate = cost.estimate(
                execution.getGraphQLSchema(),
                execution.getDocument(),
                execution.getExecutionInput().getOperationName(),
                execution.getCoercedVariables());
        if (estimate.total() > limits.maxCost()) {
            throw Refusal.overBudget(estimate.total(), limits.maxCost());
        }
        return estimate;
    }

    /** Counts the answer's fields (several at once for a list completed in one step): one past the bound stops the request. */
    @Override
    public InstrumentationContext<Object> beginFieldExecution(
            InstrumentationFieldParameters parameters, InstrumentationState state) {
        State s = (State) state;
        long fields = parameters instanceof AnswerFields several ? several.count() : 1;
        if (s.fields().addAndGet(fields) > limits.maxAnswerFields()) {
            s.control().stop(RequestControl.Stop.TOO_LARGE);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Nothing to do when a field is fetched: no context (graphql-java's default allocates an adapter per field). */
    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return null;
    }

    /**
     * A stopped request fetches nothing more, and no longer walks a list it already holds (the 15,276 paths of a
     * large lineage); reading a single property of what was already fetched costs nothing and is left alone.
     *
     * <p>graphql-java asks for the fetcher of each field just before it calls it, so the request's state is looked at
     * here, once per field, and a request that runs on gets its fetchers as they are: no wrapper per field.
     *
     * <p>A list is cut to an empty list, not to null: most lists are non-null ({@code steps: [LineageStep!]!}), and a
     * null there is an exception and an error for every item of the enclosing list still to be completed, made after
     * the deadline, and then sifted by the error mapping; the stopped answer is replaced by one error anyway
     * ({@link BoundedExecution}).
     */
    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (!isCut(((State) state).control())) {
            return fetcher;
        }
        boolean list = isList(parameters.getExecutionStepInfo().getFieldDefinition());
        if (fetcher instanceof LightDataFetcher<?>) {
            // a property read: a list is not walked, a single value is read as before (no environment is built)
            return list ? CUT_LIST : fetcher;
        }
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return list ? CUT_LIST : CUT_VALUE;
    }

    /** What a list field of a stopped request answers. */
    private static final LightDataFetcher<Object> CUT_LIST = new LightDataFetcher<>() {
        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
            return List.of();
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            return List.of();
        }
    };

    /** What any other fetcher of a stopped request answers. */
    private static final DataFetcher<Object> CUT_VALUE = env -> null;

    /** Stopped, and not a write (a write answers what it did). */
    private static boolean isCut(RequestControl control) {
        return control.stopped() != null && !control.isMutation();
    }

    private static boolean isList(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
    }

    /** By its root fields, or by its cost unless it only reads the schema (GraphiQL's start, served from memory). */
    private boolean isExpensive(QueryCost.Estimate estimate) {
        List<String> roots = estimate.rootFields();
        return roots.stream().anyMatch(load.expensiveFields()::contains)
                || (estimate.total() >= load.expensiveCost() && !roots.stream().allMatch(f -> f.startsWith("__")));
    }
}
