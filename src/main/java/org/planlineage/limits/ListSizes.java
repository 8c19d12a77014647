package org.planlineage.limits;

import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import java.util.List;
import java.util.Map;
import org.planlineage.graphql.Paging;
import org.planlineage.lineage.LineageProperties;

/**
 * How many items a list field of the schema is counted as, for the cost estimate: the page size asked for
 * ({@code first}, the {@code ids} given), the lineage's configured bounds, and for unpaged lists a stated typical
 * size (the seed's largest is in the comment beside each). Typical, not largest, so that an ordinary query fits the
 * budget; an answer that does grow larger is stopped by {@code app.graphql.max-answer-fields} while it runs. A list
 * this class does not know counts as {@link #UNKNOWN_LIST}.
 */
final class ListSizes {

    /** What an unlisted list field is counted as. */
    static final int UNKNOWN_LIST = 20;

    /** A lineage's edges per node, for the estimate: DOWN from 742/QĐ-UBND has 1,476 edges for 408 nodes. */
    static final int LINEAGE_EDGES_PER_NODE = 4;

    /** Unpaged lists: the typical size counted, the seed's largest in the comment. */
    private static final Map<String, Integer> TYPICAL = Map.ofEntries(
            Map.entry("Document.basedOn", 20), // 52: the legal-basis list of one decision
            Map.entry("Document.derivedDocuments", 10), // 6
            Map.entry("Document.provenance", 2), // 1
            Map.entry("DocumentLink.provenance", 2), // 9: a relation stated in several places
            Map.entry("Agency.aliases", 5), // 7
            Map.entry("Agency.members", 15), // 15: a group such as "UBND 11 phường"
            Map.entry("Agency.memberOf", 2), // 2
            Map.entry("Agency.predecessors", 2), // 1
            Map.entry("Agency.provenance", 2), // 1
            Map.entry("Succession.provenance", 2), // 1
            Map.entry("PlanItem.targets", 4), // 3: one per year of the plan
            Map.entry("PlanItem.results", 2), // 1
            Map.entry("PlanItem.lead", 3), // 4
            Map.entry("PlanItem.cooperating", 5), // 7
            Map.entry("PlanItem.legalBasis", 3), // 2
            Map.entry("PlanItem.responsibleUnits", 20), // 38, groups expanded
            Map.entry("PlanItem.provenance", 2), // 1
            Map.entry("Target.parts", 2), // "20% 40%": a few values in one cell
            Map.entry("Result.parts", 2),
            Map.entry("Indicator.items", 5), // 3
            Map.entry("Comparison.entries", 20), // items x years
            Map.entry("Comparison.pairs", 30), // pairs of entries at different levels, per year
            Map.entry("LineageEdge.provenance", 2), // 9, as DocumentLink
            Map.entry("LineageStep.provenance", 2));

    private final LineageProperties lineage;

    ListSizes(LineageProperties lineage) {
        this.lineage = lineage;
    }

    /** The bound of the list field at {@code env}, at least 1. */
    long of(QueryVisitorFieldEnvironment env) {
        String type = env.getFieldsContainer().getName();
        String field = env.getFieldDefinition().getName();
        if (type.startsWith("__")) {
            return introspection(env.getSchema(), type + "." + field);
        }
        if ((field.equals("edges") || field.equals("nodes")) && type.endsWith("Connection")) {
            return first(env.getParentEnvironment().getArguments()); // the connection's page
        }
        return switch (type + "." + field) {
            case "Query.search" -> first(env.getArguments());
            case "Query.nodes" -> Math.max(1, ((List<?>) env.getArguments().getOrDefault("ids", List.of())).size());
            case "Lineage.nodes" -> lineage.maxNodes();
            case "Lineage.edges" -> (long) lineage.maxNodes() * LINEAGE_EDGES_PER_NODE;
            case "Lineage.paths" -> lineage.maxPaths();
            case "LineagePath.steps" -> lineageDepth(env) + 1L;
            default -> TYPICAL.getOrDefault(type + "." + field, UNKNOWN_LIST);
        };
    }

    private static long first(Map<String, Object> arguments) {
        Object first = arguments.get("first");
        return first instanceof Integer n && n > 0 ? n : Paging.DEFAULT_FIRST;
    }

    /** The {@code maxDepth} of the lineage that holds these steps, capped as the service caps it. */
    private long lineageDepth(QueryVisitorFieldEnvironment env) {
        for (var at = env.getParentEnvironment(); at != null; at = at.getParentEnvironment()) {
            if (at.getFieldDefinition().getName().equals("lineage")) {
                Object depth = at.getArguments().get("maxDepth");
                int asked = depth instanceof Integer n ? n : 10;
                return Math.max(1, Math.min(asked, lineage.maxDepth()));
            }
        }
        return lineage.maxDepth();
    }

    /** Introspection lists are as long as the schema makes them: GraphiQL's start-up query must fit the budget. */
    private long introspection(GraphQLSchema schema, String field) {
        Map<String, Integer> shape = introspectionShape;
        if (shape == null || introspected != schema) {
            shape = shapeOf(schema);
            introspectionShape = shape;
            introspected = schema;
        }
        return Math.max(1, shape.getOrDefault(field, UNKNOWN_LIST));
    }

    private volatile GraphQLSchema introspected;
    private volatile Map<String, Integer> introspectionShape;

    /** The longest list each introspection field can return in this schema. */
    private static Map<String, Integer> shapeOf(GraphQLSchema schema) {
        List<GraphQLNamedType> types = schema.getAllTypesAsList();
        List<GraphQLFieldDefinition> fields = types.stream()
                .filter(t -> t instanceof GraphQLFieldsContainer)
                .flatMap(t -> ((GraphQLFieldsContainer) t).getFieldDefinitions().stream())
                .toList();
        return Map.of(
                "__Schema.types", types.size(),
                "__Schema.directives", schema.getDirectives().size(),
                "__Type.fields",
                        max(
                                types,
                                t -> t instanceof GraphQLFieldsContainer c
                                        ? c.getFieldDefinitions().size()
                                        : 0),
                "__Type.inputFields",
                        max(
                                types,
                                t -> t instanceof GraphQLInputObjectType i
                                        ? i.getFieldDefinitions().size()
                                        : 0),
                "__Type.enumValues",
                        max(
                                types,
                                t -> t instanceof GraphQLEnumType e
                                        ? e.getValues().size()
                                        : 0),
                "__Type.interfaces",
                        max(
                                types,
                                t -> t instanceof GraphQLImplementingType i
                                        ? i.getInterfaces().size()
                                        : 0),
                "__Type.possibleTypes",
                        max(
                                types,
                                t -> t instanceof GraphQLInterfaceType i
                                        ? schema.getImplementations(i).size()
                                        : t instanceof GraphQLUnionType u
                                                ? u.getTypes().size()
                                                : 0),
                "__Field.args",
                        fields.stream()
                                .mapToInt(f -> f.getArguments().size())
                                .max()
                                .orElse(1),
                "__Directive.args",
                        schema.getDirectives().stream()
                                .mapToInt(d -> d.getArguments().size())
                                .max()
                                .orElse(1),
                "__Directive.locations", 20);
    }

    private static int max(List<GraphQLNamedType> types, java.util.function.ToIntFunction<GraphQLNamedType> size) {
        return types.stream().mapToInt(size).max().orElse(1);
    }
}
