package org.planlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The walk over a field's selection in the request's document ({@link SelectionWalk}), in plain Java: a small schema
 * with an interface and a union, documents parsed by graphql-java's parser, variables coerced as graphql-java does
 * before any data fetcher runs. No execution, no Spring, no database.
 */
class SelectionWalkTest {

    private static final GraphQLSchema SCHEMA =
            UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
                    type Query { shelf: Shelf }
                    interface Named { name: String }
                    type Book implements Named { name: String pages: Int }
                    type Person implements Named { name: String born: Int }
                    type Map { scale: Int }
                    union Thing = Book | Person | Map
                    type Shelf { count: Int items(first: Int = 10, tag: String): [Holder] }
                    type Holder { named: Named thing: Thing at(day: Int = 1): Int }
                    """));

    @Test
    void fieldsThroughNamedAndInlineFragmentsWithTheirAliases() {
        var walk = walk("""
                { shelf { a: count ...Counted ... { items { at } } } }
                fragment Counted on Shelf { count b: items { at } }""");
        var seen = new ArrayList<String>();
        walk.fields(f -> seen.add(f.getResultKey() + "=" + f.getName()));
        assertThat(seen).containsExactly("a=count", "count=count", "b=items", "items=items");
    }

    @Test
    void inlineFragmentsOnAnInterfaceNarrowItsTypes() {
        var walk = walk("""
                { shelf { items { named { name ... on Book { pages } ... on Named { ... on Person { born } } } } } }""");
        assertThat(typed(walk, "named", walk.possibleTypes("Holder", "named")))
                .isEqualTo(Map.of("name", Set.of("Book", "Person"), "pages", Set.of("Book"), "born", Set.of("Person")));
    }

    @Test
    void fragmentsOnAUnionNarrowItsMembersAndAnInterfaceAmongThem() {
        var walk = walk("""
                { shelf { items { thing { __typename ... on Book { pages } ...P ... on Named { name }
                                          ... on Map @skip(if: true) { scale } } } } }
                fragment P on Person { born }""");
        assertThat(typed(walk, "thing", walk.possibleTypes("Holder", "thing")))
                .isEqualTo(Map.of(
                        "__typename", Set.of("Book", "Person", "Map"),
                        "pages", Set.of("Book"),
                        "born", Set.of("Person"),
                        "name", Set.of("Book", "Person")));
    }

    @Test
    void skipAndIncludeWithLiteralsVariablesAndDefaults() {
        var query = """
                query($on: Boolean!, $off: Boolean = false) { shelf {
                  count @include(if: $on) items @skip(if: $on) { at } x: count @include(if: $off)
                  ... @include(if: true) { y: count } ...Off @skip(if: true) } }
                fragment Off on Shelf { z: count }""";
        assertThat(keys(walk(query, Map.of("on", true)))).containsExactly("count", "y");
        assertThat(keys(walk(query, Map.of("on", false, "off", true)))).containsExactly("items", "x", "y");
    }

    @Test
    void atFollowsAPathOfNamesThroughAliasesAndFragments() {
        var walk = walk("""
                { shelf { items { thing { ... on Book { pages } } } a: items { named { name } } ...More } }
                fragment More on Shelf { items { thing { __typename } } }""");
        var reached = new ArrayList<String>();
        walk.at(f -> reached.add(f.getResultKey()), "items");
        assertThat(reached).containsExactly("items", "a", "items");
        var things = new ArrayList<Field>();
        walk.at(things::add, "items", "thing");
        assertThat(things).hasSize(2);
        var none = new ArrayList<Field>();
        walk.at(none::add, "items", "named", "missing");
        assertThat(none).isEmpty();
    }

    @Test
    void argumentsCoercedFromLiteralsVariablesAndDefaults() {
        var walk = walk("""
                query($t: String) { shelf { items(tag: $t) { at } b: items(first: 3) { at(day: 7) } } }""", Map.of("t", "x"));
        var items = new ArrayList<Map<String, Object>>();
        var at = new ArrayList<Map<String, Object>>();
        walk.at(
                f -> {
                    items.add(walk.arguments("Shelf", f));
                    walk.fields(f.getSelectionSet(), h -> at.add(walk.arguments("Holder", h)));
                },
                "items");
        assertThat(items).containsExactly(Map.of("first", 10, "tag", "x"), Map.of("first", 3));
        assertThat(at).containsExactly(Map.of("day", 1), Map.of("day", 7));
    }

    /** The fields selected under every {@code holderField} of the shelf's items, each with the types it applies to. */
    private static Map<String, Set<String>> typed(SelectionWalk walk, String holderField, Set<String> possible) {
        var typed = new LinkedHashMap<String, Set<String>>();
        walk.at(
                f -> walk.fields(
                        f.getSelectionSet(),
                        possible,
                        (field, types) -> typed.merge(field.getName(), Set.copyOf(types), (a, b) -> union(a, b))),
                "items",
                holderField);
        return typed;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static List<String> keys(SelectionWalk walk) {
        var keys = new ArrayList<String>();
        walk.fields(f -> keys.add(f.getResultKey()));
        return keys;
    }

    private static SelectionWalk walk(String query) {
        return walk(query, Map.of());
    }

    /** The walk of the operation's first field ({@code shelf}), the variables coerced as graphql-java does. */
    private static SelectionWalk walk(String query, Map<String, Object> raw) {
        Document document = Parser.parse(query);
        var operation =
                document.getFirstDefinitionOfType(OperationDefinition.class).orElseThrow();
        var fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
        var context = GraphQLContext.getDefault();
        var variables = ValuesResolver.coerceVariableValues(
                SCHEMA, operation.getVariableDefinitions(), RawVariables.of(raw), context, Locale.ROOT);
        var shelf = (Field) operation.getSelectionSet().getSelections().get(0);
        return new SelectionWalk(SCHEMA, fragments, variables.toMap(), List.of(shelf), context, Locale.ROOT);
    }
}
