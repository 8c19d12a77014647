package org.planlineage.limits;

import graphql.execution.Async;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * graphql-java's execution of a query, with a short path for the commonest fields of a wide answer: a field that
 * graphql-java's own property fetcher reads from an object already in hand (a record's component, a map's entry). A
 * scalar or enum is read, serialised and counted here, without the per-field step info, fetching and completion
 * contexts of graphql-java's general path; a single object is read here and completed by graphql-java from there on;
 * a list of plain values, however fetched, is completed in one step ({@link PlainLists}). Anything else goes the
 * general path, and so does any such field whose read or serialisation is not
 * plain: a null on a non-null field, a failed read or coercion, a future, a {@link DataFetcherResult}, a read that
 * wants the fetching environment (each is read again there, property reads being free of side effects, and answers
 * its error as before).
 *
 * <p>The short path tells what the general path tells: the instrumentation's {@code beginFieldExecution} (how
 * {@link ExecutionBounds} counts the answer's fields and stops a request past the bound) and the DataLoader dispatcher's
 * {@code fieldFetched} (without which it would wait for the field for ever). It is taken only when the execution's
 * only instrumentation is {@link ExecutionBounds}, which does nothing when a field is fetched or completed, an object
 * executed or a list completed (LeafFastPathFallbacksTest checks it), and
 * whose fetcher for a non-list property read is the fetcher itself, stopped or not; with any other instrumentation,
 * or graphql-java's own result-node limit, every field goes the general path.
 */
final class LeafFieldExecution extends AsyncExecutionStrategy {

    /** What a property read asks when it wants the fetching environment: the field then goes the general path. */
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new WantsEnvironment();
    };

    private final PlainLists lists = new PlainLists(fieldCollector);

    LeafFieldExecution(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    /**
     * A list of plain values (leaves, or objects of property reads: {@link PlainLists}) completed in one step, its
     * fields counted at once; any other list by graphql-java. The list was fetched by graphql-java's general path, so
     * a stopped request has already had it cut ({@link ExecutionBounds#instrumentDataFetcher}). Nothing under such a
     * list fetches, so the DataLoader dispatcher is told of no object under it (the list's value info holds none).
     */
    @Override
    protected FieldValueInfo completeValueForList(
            ExecutionContext execution, ExecutionStrategyParameters parameters, Iterable<Object> values) {
        if (shortPath(execution) && !execution.hasIncrementalSupport()) {
            ExecutionStepInfo list = parameters.getExecutionStepInfo();
            PlainLists.Completed done = lists.complete(
                    execution,
                    (GraphQLList) list.getUnwrappedNonNullType(),
                    parameters.getField(),
                    parameters.getLocalContext(),
                    values);
            if (done != null) {
                if (done.fields() > 0) {
                    execution
                            .getInstrumentation()
                            .beginFieldExecution(
                                    new AnswerFields(execution, () -> list, done.fields()),
                                    execution.getInstrumentationState());
                }
                return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, done.values());
            }
        }
        return super.completeValueForList(execution, parameters, values);
    }

    @Override
    protected Object resolveFieldWithInfo(ExecutionContext execution, ExecutionStrategyParameters parameters) {
        Object shortPath = propertyRead(execution, parameters);
        return shortPath != null ? shortPath : super.resolveFieldWithInfo(execution, parameters);
    }

    /**
     * The field's value when it is a plain property read: a completed leaf, or for a single object the completion of
     * what was read (graphql-java's own, from here down); null when the field must go graphql-java's general path.
     */
    private Object propertyRead(ExecutionContext execution, ExecutionStrategyParameters parameters) {
        if (!shortPath(execution)) {
            return null;
        }
        var parent = (GraphQLObjectType) parameters.getExecutionStepInfo().getUnwrappedNonNullType();
        GraphQLFieldDefinition field = getFieldDef(
                execution.getGraphQLSchema(), parent, parameters.getField().getSingleField());
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getType());
        boolean leaf = type instanceof GraphQLScalarType || type instanceof GraphQLEnumType;
        if (GraphQLTypeUtil.isList(type)) {
            return null; // a stopped request must not walk a list: ExecutionBounds' fetcher says so
        }
        DataFetcher<?> fetcher = execution.getGraphQLSchema().getCodeRegistry().getDataFetcher(parent, field);
        if (!(fetcher instanceof PropertyDataFetcher<?> || fetcher instanceof SingletonPropertyDataFetcher<?>)
                || execution.getDataLoaderDispatcherStrategy().modifyDataFetcher(fetcher) != fetcher) {
            return null;
        }
        Object value;
        try {
            value = ((LightDataFetcher<?>) fetcher).get(field, parameters.getSource(), NO_ENVIRONMENT);
            if (value instanceof CompletionStage<?> || value instanceof DataFetcherResult<?>) {
                return null;
            }
            value = execution.getValueUnboxer().unbox(value);
            if (leaf && value != null) {
                value = type instanceof GraphQLScalarType scalar
                        ? scalar.getCoercing().serialize(value, execution.getGraphQLContext(), execution.getLocale())
                        : ((GraphQLEnumType) type)
                                .serialize(value, execution.getGraphQLContext(), execution.getLocale());
            }
        } catch (Exception e) {
            return null; // a failed read or coercion, or a read that wants the environment: the general path
        }
        if (value == null && GraphQLTypeUtil.isNonNull(field.getType())) {
            return null; // the general path makes the non-null error
        }
        InstrumentationContext<Object> context = tell(execution, parameters, fetcher, field, parent, value);
        if (!leaf) {
            return completeObject(execution, parameters, value, context);
        }
        context.onDispatched();
        context.onCompleted(value, null);
        if (value == null) {
            return new FieldValueInfo(FieldValueInfo.CompleteValueType.NULL, null);
        }
        return new FieldValueInfo(
                type instanceof GraphQLScalarType
                        ? FieldValueInfo.CompleteValueType.SCALAR
                        : FieldValueInfo.CompleteValueType.ENUM,
                value);
    }

    /** An object read from its parent, completed by graphql-java as its general path completes a fetched value. */
    private Object completeObject(
            ExecutionContext execution,
            ExecutionStrategyParameters parameters,
            Object value,
            InstrumentationContext<Object> context) {
        try {
            FieldValueInfo info =
                    completeField(execution, parameters, unboxPossibleDataFetcherResult(execution, parameters, value));
            context.onDispatched();
            context.onCompleted(value, null);
            return info;
        } catch (Exception e) {
            return Async.exceptionallyCompletedFuture(e);
        }
    }

    /** What graphql-java's general path tells of a field: its execution to the instrumentation, its fetch to the dispatcher. */
    private InstrumentationContext<Object> tell(
            ExecutionContext execution,
            ExecutionStrategyParameters parameters,
            DataFetcher<?> fetcher,
            GraphQLFieldDefinition field,
            GraphQLObjectType parent,
            Object value) {
        InstrumentationContext<Object> context = execution
                .getInstrumentation()
                .beginFieldExecution(
                        new InstrumentationFieldParameters(
                                execution, () -> createExecutionStepInfo(execution, parameters, field, parent)),
                        execution.getInstrumentationState());
        execution.getDataLoaderDispatcherStrategy().fieldFetched(execution, parameters, fetcher, value);
        return SimpleInstrumentationContext.nonNullCtx(context);
    }

    /** No other instrumentation than {@link ExecutionBounds}, and not graphql-java's result-node limit. */
    private static boolean shortPath(ExecutionContext execution) {
        return onlyBounds(execution.getInstrumentation())
                && execution.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null;
    }

    /** {@link ExecutionBounds} alone, or alone in Spring for GraphQL's chain. */
    private static boolean onlyBounds(Instrumentation instrumentation) {
        if (instrumentation instanceof ChainedInstrumentation chain) {
            List<Instrumentation> members = chain.getInstrumentations();
            return members.size() == 1 && members.get(0) instanceof ExecutionBounds;
        }
        return instrumentation instanceof ExecutionBounds;
    }

    /** Thrown by {@link #NO_ENVIRONMENT}: the read is left to the general path. */
    private static final class WantsEnvironment extends RuntimeException {
        WantsEnvironment() {
            super(null, null, false, false);
        }
    }
}
