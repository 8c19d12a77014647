package org.planlineage.limits;

import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.TypeResolutionParameters;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Completes a list of plain values in one step, without graphql-java's step info, parameters, fetch and completion
 * for each element and each of its fields: a list of scalars or enums, or of objects whose every selected field is
 * read by graphql-java's own property fetcher from the element in hand (a record's component, a map's entry) and is a
 * scalar, an enum or, in turn, such an object (a lineage's edges, a row's targets and units). The object's result map
 * holds its fields in the order of the selection, as graphql-java's would.
 *
 * <p>Anything else answers null before anything was told (and the caller completes the list by graphql-java's general
 * path, property reads being free of side effects): a null on a non-null field or element, a failed read or coercion,
 * a future, a {@link DataFetcherResult}, a read that wants the fetching environment, a nested list, an interface or a
 * union, a field with another fetcher (or one the DataLoader dispatcher would wrap).
 */
final class PlainLists {

    /** A list completed here: its values, and how many fields of the answer they hold (to be counted). */
    record Completed(List<Object> values, long fields) {}

    /** A field of a plain selection: where it goes in the result, how it is read, and its selection if an object. */
    private record Part(
            String key,
            MergedField merged,
            GraphQLFieldDefinition field,
            LightDataFetcher<?> fetcher,
            GraphQLType type,
            boolean nonNull,
            Part[] object,
            Map<GraphQLObjectType, Part[]> byType) {}

    /** What a property read asks when it wants the fetching environment: the list goes the general path. */
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new Unusual();
    };

    private final FieldCollector collector;

    PlainLists(FieldCollector collector) {
        this.collector = collector;
    }

    /** The list completed, or null when it must go graphql-java's general path. */
    Completed complete(
            ExecutionContext execution,
            GraphQLList type,
            MergedField field,
            Object localContext,
            Iterable<Object> items) {
        GraphQLType wrapped = type.getWrappedType();
        GraphQLType element = GraphQLTypeUtil.unwrapNonNull(wrapped);
        Part[] selection = null;
        if (element instanceof GraphQLObjectType object) {
            selection = selection(execution, object, field);
            if (selection == null) {
                return null;
            }
        } else if (!isLeaf(element)) {
            return null;
        }
        var walk = new Walk(execution, localContext);
        var values = new ArrayList<>(items instanceof List<?> list ? list.size() : 10);
        try {
            for (Object item : items) {
                values.add(walk.value(item, element, GraphQLTypeUtil.isNonNull(wrapped), selection));
            }
        } catch (Unusual e) {
            return null;
        }
        return new Completed(values, walk.fields);
    }

    /**
     * The plain selection of {@code field} on {@code type}, collected as graphql-java's completion of an object
     * collects it (fragments and {@code @skip}/{@code @include} with the request's variables); null when not plain.
     */
    private Part[] selection(ExecutionContext execution, GraphQLObjectType type, MergedField field) {
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
                object = selection(execution, objectType, sub);
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
                    new HashMap<>(4));
        }
        return parts;
    }

    private static boolean isLeaf(GraphQLType type) {
        return type instanceof GraphQLScalarType || type instanceof GraphQLEnumType;
    }

    /** One list's completion: the execution it serves, the list's local context and the fields read so far. */
    private final class Walk {
        private final ExecutionContext execution;
        private final Object localContext;
        private long fields;

        Walk(ExecutionContext execution, Object localContext) {
            this.execution = execution;
            this.localContext = localContext;
        }

        /** A value completed as graphql-java completes it; {@link Unusual} when it must not be completed here. */
        Object value(Object raw, GraphQLType type, boolean nonNull, Part[] selection) {
            if (raw instanceof CompletionStage<?> || raw instanceof DataFetcherResult<?>) {
                throw new Unusual();
            }
            Object value = execution.getValueUnboxer().unbox(raw);
            if (value == null) {
                if (nonNull) {
                    throw new Unusual(); // the general path makes the non-null error
                }
                return null;
            }
            if (selection != null) {
                return object(value, selection);
            }
            Object serialised;
            try {
                serialised = type instanceof GraphQLScalarType scalar
                        ? scalar.getCoercing().serialize(value, execution.getGraphQLContext(), execution.getLocale())
                        : ((GraphQLEnumType) type)
                                .serialize(value, execution.getGraphQLContext(), execution.getLocale());
            } catch (Exception e) {
                throw new Unusual(); // the general path makes the coercion's error
            }
            if (serialised == null && nonNull) {
                throw new Unusual();
            }
            return serialised;
        }

        /** An object's result map: each selected field read from {@code source} and completed, in order. */
        private Map<String, Object> object(Object source, Part[] selection) {
            var result = new LinkedHashMap<String, Object>((int) (selection.length / 0.75f) + 1);
            for (Part part : selection) {
                Object raw;
                try {
                    raw = part.fetcher().get(part.field(), source, NO_ENVIRONMENT);
                } catch (Exception e) {
                    throw new Unusual(); // a failed read, or one that wants the environment
                }
                Part[] object = part.object();
                if (part.type() instanceof GraphQLInterfaceType) {
                    object = resolved(part, raw);
                }
                result.put(part.key(), value(raw, part.type(), part.nonNull(), object));
            }
            fields += selection.length;
            return result;
        }

        /**
         * The plain selection of an interface's value, by the object type its type resolver gives (graphql-java's
         * checks: a type, and one of the interface's); null for a null value. A resolver that asks for the
         * selection or the arguments, or fails, sends the list to the general path.
         */
        private Part[] resolved(Part part, Object raw) {
            Object value = execution.getValueUnboxer().unbox(raw);
            if (value == null || raw instanceof CompletionStage<?> || raw instanceof DataFetcherResult<?>) {
                return null;
            }
            var type = (GraphQLInterfaceType) part.type();
            GraphQLObjectType object;
            try {
                object = execution
                        .getGraphQLSchema()
                        .getCodeRegistry()
                        .getTypeResolver(type)
                        .getType(TypeResolutionParameters.newParameters()
                                .field(part.merged())
                                .fieldType(type)
                                .value(value)
                                .argumentValues(() -> {
                                    throw new Unusual();
                                })
                                .context(execution.getContext())
                                .graphQLContext(execution.getGraphQLContext())
                                .localContext(localContext)
                                .schema(execution.getGraphQLSchema())
                                .build());
            } catch (Exception e) {
                throw new Unusual();
            }
            if (object == null || !execution.getGraphQLSchema().isPossibleType(type, object)) {
                throw new Unusual(); // the general path makes the unresolved type's error
            }
            Part[] selection = part.byType().get(object);
            if (selection == null) {
                selection = selection(execution, object, part.merged());
                if (selection == null) {
                    throw new Unusual();
                }
                part.byType().put(object, selection);
            }
            return selection;
        }
    }

    /** Something in the list is not plain: the list goes the general path. */
    private static final class Unusual extends RuntimeException {
        Unusual() {
            super(null, null, false, false);
        }
    }
}
