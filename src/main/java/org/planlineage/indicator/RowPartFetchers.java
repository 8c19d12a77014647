package org.planlineage.indicator;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers the fields of a row that its page already read ({@link RowPageQueries}) straight from the page, which the
 * request keeps by row ({@link RowPages}): at once, with no DataLoader and no controller call between. A row not read
 * with a page (a {@code planItem} alone, a lineage's node), or a part its page did not read, goes to the field's own
 * fetcher ({@link PlanItemController}).
 */
@Configuration(proxyBeanMethods = false)
class RowPartFetchers {

    /** What a field answers from a row's parts on its page; null when the page did not read that part. */
    @FunctionalInterface
    private interface Answer {
        Object of(RowParts parts, RowPageQueries.Page page, DataFetchingEnvironment env);
    }

    private static final Map<String, Answer> FIELDS = Map.of(
            "targets", (parts, page, env) -> parts.targets(),
            "target", (parts, page, env) -> parts.targets() == null ? null : new Found(target(parts.targets(), env)),
            "lead", (parts, page, env) -> parts.lead(),
            "cooperating", (parts, page, env) -> parts.cooperating(),
            "legalBasis", (parts, page, env) -> parts.legalBasis(),
            "indicator", (parts, page, env) -> page.with().indicator() ? new Found(parts.indicator()) : null,
            "responsibleUnits", RowPartFetchers::responsibilities);

    /** A part that was read and may be null (a row with no indicator, no target for the year). */
    private record Found(Object value) {}

    @Bean
    GraphQlSourceBuilderCustomizer rowPartsFromThePage() {
        return builder -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(
                    GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
                var parent = (GraphQLFieldsContainer) context.getParentNode();
                var answer = FIELDS.get(field.getName());
                if (parent.getName().equals("PlanItem") && answer != null) {
                    var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                    var coordinates = FieldCoordinates.coordinates(parent, field);
                    registry.dataFetcher(coordinates, fromPage(answer, registry.getDataFetcher(coordinates, field)));
                }
                return TraversalControl.CONTINUE;
            }
        }));
    }

    private static DataFetcher<Object> fromPage(Answer answer, DataFetcher<?> otherwise) {
        return env -> {
            RowPageQueries.Page page = RowPages.of(env);
            if (page != null) {
                RowParts parts = page.parts().get(((PlanItem) env.getSource()).key());
                Object value = parts == null ? null : answer.of(parts, page, env);
                if (value != null) {
                    return value instanceof Found found ? found.value() : value;
                }
            }
            return otherwise.get(env);
        };
    }

    private static Target target(List<Target> targets, DataFetchingEnvironment env) {
        int year = env.getArgument("year");
        return targets.stream().filter(t -> t.year() == year).findFirst().orElse(null);
    }

    /** Read with the page only when asked one way; the date changes nothing of who was assigned. */
    private static Object responsibilities(RowParts parts, RowPageQueries.Page page, DataFetchingEnvironment env) {
        Boolean expand = env.getArgument("expandGroups");
        if (parts.responsibilities() == null || !page.with().expandGroups().equals(expand == null || expand)) {
            return null;
        }
        LocalDate asOf = env.getArgument("asOf");
        return parts.responsibilities().stream().map(r -> r.on(asOf)).toList();
    }
}
