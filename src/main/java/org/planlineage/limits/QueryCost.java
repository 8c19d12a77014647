package org.planlineage.limits;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates, before anything runs, how many values an operation's answer can hold: a field counts 1 plus what it
 * selects, and a list field multiplies what each item selects by the list's bound ({@link ListSizes}). So
 * {@code documents(first: 100) { nodes { basedOn { relation } } } } costs about 100 x 60 x 2, not 4 fields.
 *
 * <p>Like GitHub's node limit, the bound comes from the arguments ({@code first}) or from the server's own caps, and
 * it multiplies down the nesting, so a chain {@code derivedDocuments { document { basedOn ... } }} grows
 * geometrically with its depth. Counted in {@code long} and saturating, so no query can overflow it back under the
 * budget (graphql-java's own calculator sums in {@code int}).
 */
final class QueryCost {

    /** What the estimate found: the total, and the operation's root fields (to tell an expensive request). */
    record Estimate(long total, List<String> rootFields) {}

    private final ListSizes sizes;

    QueryCost(ListSizes sizes) {
        this.sizes = sizes;
    }

    Estimate estimate(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        var traverser = QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build();
        // the summed cost of the fields selected under each field (the root's under null)
        Map<QueryVisitorFieldEnvironment, Long> selected = new HashMap<>();
        List<String> roots = new ArrayList<>();
        traverser.visitPostOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment env) {
                long cost = cost(env, selected.getOrDefault(env, 0L));
                selected.merge(env.getParentEnvironment(), cost, QueryCost::add);
                if (env.getParentEnvironment() == null) {
                    roots.add(env.getFieldDefinition().getName());
                }
            }
        });
        return new Estimate(selected.getOrDefault(null, 0L), List.copyOf(roots));
    }

    private long cost(QueryVisitorFieldEnvironment env, long children) {
        if (env.isTypeNameIntrospectionField()) {
            return 0;
        }
        if (GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof GraphQLList) {
            return add(1, multiply(sizes.of(env), Math.max(children, 1)));
        }
        return add(1, children);
    }

    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long multiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
