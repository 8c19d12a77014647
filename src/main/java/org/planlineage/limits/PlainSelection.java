package org.planlineage.limits;

import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plain selection of a field on an object type, for {@link PlainLists}: each selected field with where its value
 * goes in the result, how it is read and completed, when every one is read by graphql-java's own property fetcher (a
 * record's component, a map's entry) and is a scalar, an enum, an interface (its selection made per resolved type) or
 * an object whose selection is plain in turn. Collected once per list, not once per element as graphql-java's
 * completion of each object collects it.
 */
final class PlainSelection {

    /** A field of a plain selection: where it goes in the result, how it is read, and its selection if an object. */
    record Part(
            String key,
            MergedField merged,
            GraphQLFieldDefinition field,
            LightDataFetcher<?> fetcher,
            GraphQLType type,
            boolean nonNull,
            Part[] object,
            Map<GraphQLObjectType, Part[]> byType) {}

    /** Where a request keeps the selections collected for it, in its {@code GraphQLContext}. */
    private static final Object COLLECTED = new Object();

    /** What the request's cache holds for a selection that is not plain. */
    private static final Part[] NOT_PLAIN = new Part[0];

    /** A field (its nodes in the request's document, compared by identity) on an object type. */
    private record Collected(GraphQLObjectType type, List<Field> fields) {}

    private final FieldCollector collector;

    PlainSelection(FieldCollector collector) {
        this.collector = collector;
    }

    /**
     * {@link #of}, collected once per request for each field of the document on each type: a list nested in a list
     * (a lineage's paths, each with its steps) asks for the same selection once per outer element. What a selection
     * is depends only on the request (its document, fragments, variables and DataLoader dispatcher), so the same
     * field on the same type has the same selection throughout it.
     */
    Part[] cached(ExecutionContext execution, GraphQLObjectType type, MergedField field) {
        Map<Collected, Part[]> collected =
                execution.getGraphQLContext().computeIfAbsent(COLLECTED, k -> new ConcurrentHashMap<>());
        Part[] parts = collected.computeIfAbsent(new Collected(type, field.getFields()), k -> {
            Part[] of = of(execution, type, field);
            return of == null ? NOT_PLAIN : of;
        });
        return parts == NOT_PLAIN ? null : parts;
    }

    /**
     * The plain selection of {@code field} on {@code type}, collected as graphql-java's completion of an object
     * collects it (fragments and {@code @skip}/{@code @include} with the request's variables); null when not plain.
     */
    Part[] of(ExecutionContext execution, GraphQLObjectType type, MergedField field) {
        MergedSelectionSet fields = collector.collectFields(
                FieldCollectorParameters.newParameters()
                        .schema(execution.getGraphQLSchema())
                        .objectType(type)
                        .fragments(execution.getFragmentsByName())
                        .variables(execution.getCoercedVariables().toMap())
                        .graphQLContext(execution.getGraphQLContext())
                        .build(),
                field,
                false);
        var parts = new Part[fields.size()];
        int i = 0;
        for (String key : fields.getKeys()) {
            MergedField sub = fields.getSubField(key);
            GraphQLFieldDefinition definition =
                    Introspection.getFieldDefinition(execution.getGraphQLSchema(), type, sub.getName());
            DataFetcher<?> fetcher =
                    execution.getGraphQLSchema().getCodeRegistry().getDataFetcher(type, definition);
            if (!(fetcher instanceof PropertyDataFetcher<?> || fetcher instanceof SingletonPropertyDataFetcher<?>)
                    || execution.getDataLoaderDispatcherStrategy().modifyDataFetcher(fetcher) != fetcher) {
                return null;
            }
            GraphQLType partType = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            Part[] object = null;
            if (partType instanceof GraphQLObjectType objectType) {
                object = of(execution, objectType, sub);
                if (object == null) {
                    return null;
                }
            } else if (!isLeaf(partType) && !(partType instanceof GraphQLInterfaceType)) {
                return null;
            }
            parts[i++] = new Part(
                    key,
                    sub,
                    definition,
                    (LightDataFetcher<?>) fetcher,
                    partType,
                    GraphQLTypeUtil.isNonNull(definition.getType()),
                    object,
                    new ConcurrentHashMap<>(4));
        }
        return parts;
    }

    static boolean isLeaf(GraphQLType type) {
        return type instanceof GraphQLScalarType || type instanceof GraphQLEnumType;
    }
}
