package org.planlineage.limits;

import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.MergedField;
import graphql.execution.TypeResolutionParameters;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Completes a list of plain values in one step, without graphql-java's step info, parameters, fetch and completion
 * for each element and each of its fields: a list of scalars or enums, or of objects whose every selected field is
 * read by graphql-java's own property fetcher from the element in hand (a record's component, a map's entry) and is a
 * scalar, an enum or, in turn, such an object or an interface's value of such a type ({@link PlainSelection}; a
 * lineage's nodes and edges, a row's targets and units). The object's result map holds its fields in the order of the
 * selection, as graphql-java's would.
 *
 * <p>Anything else answers null before anything was told (and the caller completes the list by graphql-java's general
 * path, property reads being free of side effects): a null on a non-null field or element, a failed read or coercion,
 * a future, a {@link DataFetcherResult}, a read that wants the fetching environment, a nested list, a union, an
 * interface's value whose type is not resolved plainly, a field with another fetcher (or one the DataLoader dispatcher
 * would wrap).
 */
final class PlainLists {

    /** A list completed here: its values, and how many fields of the answer they hold (to be counted). */
    record Completed(List<Object> values, long fields) {}

    /** What a property read asks when it wants the fetching environment: the list goes the general path. */
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw new Unusual();
    };

    private final PlainSelection selections;

    PlainLists(FieldCollector collector) {
        this.selections = new PlainSelection(collector);
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
        PlainSelection.Part[] selection = null;
        if (element instanceof GraphQLObjectType object) {
            selection = selections.cached(execution, object, field);
            if (selection == null) {
                return null;
            }
        } else if (!PlainSelection.isLeaf(element)) {
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
        Object value(Object raw, GraphQLType type, boolean nonNull, PlainSelection.Part[] selection) {
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
        private Map<String, Object> object(Object source, PlainSelection.Part[] selection) {
            var result = new LinkedHashMap<String, Object>((int) (selection.length / 0.75f) + 1);
            for (PlainSelection.Part part : selection) {
                Object raw;
                try {
                    raw = part.fetcher().get(part.field(), source, NO_ENVIRONMENT);
                } catch (Exception e) {
                    throw new Unusual(); // a failed read, or one that wants the environment
                }
                PlainSelection.Part[] object = part.object();
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
        private PlainSelection.Part[] resolved(PlainSelection.Part part, Object raw) {
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
            PlainSelection.Part[] selection = part.byType().get(object);
            if (selection == null) {
                selection = selections.cached(execution, object, part.merged());
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
