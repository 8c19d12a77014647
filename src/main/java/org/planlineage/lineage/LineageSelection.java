package org.planlineage.lineage;

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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.planlineage.graph.BareNode;
import org.planlineage.graph.NodeType;

/**
 * What a lineage request selects, as far as the reading depends on it: the kinds of node whose properties are read
 * (a kind of which only {@code id} or {@code key} is selected is answered by its key alone), whether the edges'
 * provenance is read, whether the paths are listed. Each is a choice among the statement texts or a parameter, never
 * text from the request.
 *
 * <p>Read from the request's document itself (fields, inline fragments, named fragments, {@code @skip} and
 * {@code @include}), not from graphql-java's normalized operation: building that for the whole operation was most of
 * what a lineage UP request allocated (docs/benchmarks.md, "Lineage UP at scale 1").
 *
 * @param loadedNodes the kinds of node read in full (any field but {@code id} and {@code key} selected on them)
 * @param provenance  whether edges or steps select their provenance (the largest properties of an edge)
 * @param paths       whether the paths are selected (the costly part of a large lineage)
 */
record LineageSelection(Set<NodeType> loadedNodes, boolean provenance, boolean paths) {

    /** Everything read: every kind in full, provenance and paths. */
    static final LineageSelection EVERYTHING = new LineageSelection(EnumSet.allOf(NodeType.class), true, true);

    LineageSelection {
        loadedNodes = Set.copyOf(loadedNodes);
    }

    /** What the selection of {@code Query.lineage} asks for. */
    static LineageSelection of(DataFetchingEnvironment env) {
        var reading = new Reading(env);
        env.getMergedField().getFields().forEach(lineage -> reading.lineage(lineage.getSelectionSet()));
        return new LineageSelection(reading.loaded, reading.provenance, reading.paths);
    }

    /** One walk of the lineage field's selection; where the answer holds nodes: root, nodes, steps of paths. */
    private static final class Reading {

        private final GraphQLSchema schema;
        private final Map<String, Object> variables;
        private final Map<String, FragmentDefinition> fragments;
        private final EnumSet<NodeType> loaded = EnumSet.noneOf(NodeType.class);
        private boolean provenance;
        private boolean paths;

        Reading(DataFetchingEnvironment env) {
            this.schema = env.getGraphQLSchema();
            this.variables = env.getVariables();
            this.fragments = env.getFragmentsByName();
        }

        void lineage(SelectionSet selection) {
            fields(selection, field -> {
                switch (field.getName()) {
                    case "root", "nodes" -> node(field.getSelectionSet(), "LineageNode");
                    case "edges" ->
                        fields(
                                field.getSelectionSet(),
                                f -> provenance |= f.getName().equals("provenance"));
                    case "paths" -> {
                        paths = true;
                        fields(field.getSelectionSet(), f -> {
                            if (f.getName().equals("steps")) {
                                node(f.getSelectionSet(), "LineageStep");
                                fields(
                                        f.getSelectionSet(),
                                        s -> provenance |= s.getName().equals("provenance"));
                            }
                        });
                    }
                    default -> {}
                }
            });
        }

        /** The {@code node} field of a lineage node or step: any field but the bare ones reads its possible kinds. */
        private void node(SelectionSet selection, String holder) {
            fields(selection, field -> {
                if (field.getName().equals("node")) {
                    var type = GraphQLTypeUtil.unwrapAll(schema.getObjectType(holder)
                            .getFieldDefinition("node")
                            .getType());
                    kinds(field.getSelectionSet(), possibleTypes(type));
                }
            });
        }

        /** The fields selected on a node whose kind is one of {@code possible}, fragments narrowing it. */
        private void kinds(SelectionSet selection, Set<String> possible) {
            if (selection == null || possible.isEmpty()) {
                return;
            }
            for (Selection<?> s : selection.getSelections()) {
                if (s instanceof Field field && included(field) && BareNode.needsMore(field.getName())) {
                    possible.forEach(type -> NodeType.byLabel(type).ifPresent(loaded::add));
                } else if (s instanceof InlineFragment inline && included(inline)) {
                    kinds(inline.getSelectionSet(), narrowed(possible, inline.getTypeCondition()));
                } else if (s instanceof FragmentSpread spread && included(spread)) {
                    var fragment = fragments.get(spread.getName());
                    kinds(fragment.getSelectionSet(), narrowed(possible, fragment.getTypeCondition()));
                }
            }
        }

        /** Every field of a selection (object types only above the node: type conditions cannot narrow them). */
        private void fields(SelectionSet selection, Consumer<Field> each) {
            if (selection == null) {
                return;
            }
            for (Selection<?> s : selection.getSelections()) {
                if (s instanceof Field field && included(field)) {
                    each.accept(field);
                } else if (s instanceof InlineFragment inline && included(inline)) {
                    fields(inline.getSelectionSet(), each);
                } else if (s instanceof FragmentSpread spread && included(spread)) {
                    fields(fragments.get(spread.getName()).getSelectionSet(), each);
                }
            }
        }

        private Set<String> narrowed(Set<String> possible, TypeName condition) {
            if (condition == null) {
                return possible;
            }
            var narrowed = new HashSet<>(possible);
            narrowed.retainAll(possibleTypes(schema.getType(condition.getName())));
            return narrowed;
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

        /** {@code @skip(if:)} and {@code @include(if:)}, literal or variable (validation has checked both). */
        private boolean included(DirectivesContainer<?> element) {
            return !condition(element.getDirectives("skip"), false)
                    && condition(element.getDirectives("include"), true);
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
}
