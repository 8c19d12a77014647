package org.planlineage.graph;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One walk over what a request selects under the field being fetched, read from the request's document itself
 * (fields, aliases, inline and named fragments, {@code @skip} and {@code @include} with literals or variables), not
 * from graphql-java's normalized operation ({@code DataFetchingFieldSelectionSet}), which its first use builds for the
 * whole request: the largest allocation of a lineage request (docs/benchmarks.md, "Lineage UP at scale 1"). Used by
 * each feature that reads only what is selected (lineage, search, compare, the page of rows, findings).
 */
public final class SelectionWalk {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final List<Field> fetched;
    private final GraphQLContext context;
    private final Locale locale;

    /**
     * @param fetched   the field being fetched, as the document writes it (several when the request repeats it)
     * @param variables the request's variables, coerced (as graphql-java hands them to a data fetcher)
     */
    public SelectionWalk(
            GraphQLSchema schema,
            Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables,
            List<Field> fetched,
            GraphQLContext context,
            Locale locale) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
        this.fetched = fetched;
        this.context = context;
        this.locale = locale;
    }

    /** The walk of the field that {@code env}'s data fetcher is fetching. */
    public static SelectionWalk of(DataFetchingEnvironment env) {
        return new SelectionWalk(
                env.getGraphQLSchema(),
                env.getFragmentsByName(),
                env.getVariables(),
                env.getMergedField().getFields(),
                env.getGraphQlContext(),
                env.getLocale());
    }

    /** Every field selected directly on the fetched field (through fragments; those skipped left out). */
    public void fields(Consumer<Field> each) {
        fetched.forEach(field -> fields(field.getSelectionSet(), each));
    }

    /**
     * Every field selected directly in {@code selection}, through fragments, ignoring their type conditions (right
     * where the selection is on an object type, which they cannot narrow).
     */
    public void fields(SelectionSet selection, Consumer<Field> each) {
        typed(selection, null, (field, types) -> each.accept(field));
    }

    /**
     * The selected fields reached from the fetched field by the path of field names, each name selected under the one
     * before ({@code at(each, "edges", "node")}: every {@code node} selected under every {@code edges}, aliased or not).
     */
    public void at(Consumer<Field> each, String... path) {
        fields(field -> at(field, path, 0, each));
    }

    private void at(Field field, String[] path, int at, Consumer<Field> each) {
        if (!field.getName().equals(path[at])) {
            return;
        }
        if (at == path.length - 1) {
            each.accept(field);
        } else {
            fields(field.getSelectionSet(), f -> at(f, path, at + 1, each));
        }
    }

    /**
     * Every field selected in {@code selection} on a value whose type is one of {@code possible} (object type names),
     * each with the types it applies to: fragments narrow them by their type conditions; a field that applies to none
     * is not visited.
     */
    public void fields(SelectionSet selection, Set<String> possible, BiConsumer<Field, Set<String>> each) {
        typed(selection, possible, each);
    }

    private void typed(SelectionSet selection, Set<String> possible, BiConsumer<Field, Set<String>> each) {
        if (selection == null || (possible != null && possible.isEmpty())) {
            return;
        }
        for (Selection<?> s : selection.getSelections()) {
            if (s instanceof Field field && included(field)) {
                each.accept(field, possible);
            } else if (s instanceof InlineFragment inline && included(inline)) {
                typed(inline.getSelectionSet(), narrowed(possible, inline.getTypeCondition()), each);
            } else if (s instanceof FragmentSpread spread && included(spread)) {
                var fragment = fragments.get(spread.getName());
                typed(fragment.getSelectionSet(), narrowed(possible, fragment.getTypeCondition()), each);
            }
        }
    }

    /** The object types a value of the field {@code type.field} may have (its own, or those of its interface/union). */
    public Set<String> possibleTypes(String type, String field) {
        var definition = schema.getObjectType(type).getFieldDefinition(field);
        return possibleTypes(GraphQLTypeUtil.unwrapAll(definition.getType()));
    }

    private Set<String> possibleTypes(GraphQLType type) {
        var names = new HashSet<String>();
        if (type instanceof GraphQLObjectType object) {
            names.add(object.getName());
        } else if (type instanceof GraphQLInterfaceType face) {
            schema.getImplementations(face).forEach(o -> names.add(o.getName()));
        } else if (type instanceof GraphQLUnionType union) {
            union.getTypes().forEach(t -> names.add(t.getName()));
        }
        return names;
    }

    private Set<String> narrowed(Set<String> possible, TypeName condition) {
        if (possible == null || condition == null) {
            return possible;
        }
        var narrowed = new HashSet<>(possible);
        narrowed.retainAll(possibleTypes(schema.getType(condition.getName())));
        return narrowed;
    }

    /**
     * The arguments of a selected field of the object type {@code type}, coerced as its data fetcher would get them
     * (literals and variables, defaults applied).
     */
    public Map<String, Object> arguments(String type, Field field) {
        var definition = schema.getObjectType(type).getFieldDefinition(field.getName());
        return ValuesResolver.getArgumentValues(
                schema.getCodeRegistry(),
                definition.getArguments(),
                field.getArguments(),
                CoercedVariables.of(variables),
                context,
                locale);
    }

    /** {@code @skip(if:)} and {@code @include(if:)}, literal or variable (validation has checked both). */
    private boolean included(DirectivesContainer<?> element) {
        if (element.getDirectives().isEmpty()) {
            return true;
        }
        return !condition(element.getDirectives("skip"), false) && condition(element.getDirectives("include"), true);
    }

    private boolean condition(List<Directive> directives, boolean absent) {
        if (directives.isEmpty()) {
            return absent;
        }
        var value = directives.get(0).getArgument("if").getValue();
        if (value instanceof BooleanValue b) {
            return b.isValue();
        }
        return Boolean.TRUE.equals(variables.get(((VariableReference) value).getName()));
    }
}
